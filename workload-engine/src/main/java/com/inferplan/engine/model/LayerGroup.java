package com.inferplan.engine.model;

/**
 * Layers that are identical for profiling: same attention window and same MLP kind. A 61-layer
 * DeepSeek-V3 has two groups (3 dense, 58 MoE), gpt-oss two (sliding and full).
 */
public record LayerGroup(int firstLayer, int layerCount, AttentionWindow window, boolean moe) {

    public String name() {
        return (moe ? "moe" : "dense") + "." + window.label();
    }
}
