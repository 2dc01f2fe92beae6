package com.inferplan.engine.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Hugging Face {@code model_type} values InferPlan can import. */
public enum ModelFamily {
    LLAMA("llama"),
    MISTRAL("mistral"),
    MIXTRAL("mixtral"),
    QWEN2("qwen2"),
    QWEN3("qwen3"),
    QWEN3_MOE("qwen3_moe"),
    GPT_OSS("gpt_oss"),
    DEEPSEEK_V3("deepseek_v3");

    private final String modelType;

    ModelFamily(String modelType) {
        this.modelType = modelType;
    }

    public String modelType() {
        return modelType;
    }

    /** gpt-oss uses a clamped SwiGLU with a sigmoid slope and an (up + 1) term; the rest plain SwiGLU. */
    public boolean clampedSwiGlu() {
        return this == GPT_OSS;
    }

    public static Optional<ModelFamily> fromModelType(String modelType) {
        return Arrays.stream(values()).filter(f -> f.modelType.equals(modelType)).findFirst();
    }

    public static String supportedModelTypes() {
        return Arrays.stream(values()).map(ModelFamily::modelType).collect(Collectors.joining(", "));
    }
}
