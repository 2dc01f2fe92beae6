package com.inferplan.engine.model;

/**
 * Layers that are identical for profiling: same attention window, same token mixer (softmax or
 * linear attention) and same MLP kind, or none ({@code mlp} false: Nemotron-H's mixer-only layers).
 * A 61-layer DeepSeek-V3 has two groups (3 dense, 58 MoE), gpt-oss two (sliding and full), Qwen3.5
 * two (linear and full attention).
 */
public record LayerGroup(int firstLayer, int layerCount, AttentionWindow window, boolean moe, boolean linear,
                         boolean mlp) {

    public LayerGroup(int firstLayer, int layerCount, AttentionWindow window, boolean moe) {
        this(firstLayer, layerCount, window, moe, false, true);
    }

    public String name() {
        return (mlp ? moe ? "moe" : "dense" : "mixer") + "." + (linear ? "linear" : window.label());
    }
}
