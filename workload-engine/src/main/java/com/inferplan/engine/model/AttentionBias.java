package com.inferplan.engine.model;

/** Which attention projections carry a bias vector. */
public enum AttentionBias {
    /** Llama, Mistral, Mixtral, Qwen3, DeepSeek. */
    NONE,
    /** Qwen2: q, k and v biased, output projection not. */
    QKV,
    /** gpt-oss and Llama with {@code attention_bias: true}: q, k, v and o biased. */
    QKVO;

    public boolean onQkv() {
        return this != NONE;
    }

    public boolean onOutput() {
        return this == QKVO;
    }
}
