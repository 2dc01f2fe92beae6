package com.inferplan.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Nemotron-H block stack read as InferPlan's layers. The checkpoint stacks single blocks, each
 * with its own norm and residual: {@code M} a Mamba-2 mixer, {@code *} GQA attention, {@code -} a
 * dense MLP, {@code E} an MoE block. A mixer and the MLP block after it compute what one decoder
 * layer computes, so each mixer starts a layer and takes the MLP block that follows it; a mixer
 * followed by another mixer is a layer without an MLP ({@code "M*-"}: a Mamba layer without MLP,
 * then an attention layer with one). An MLP block with no mixer before it has no such reading and
 * is refused, as is a stack mixing dense and MoE MLP blocks.
 */
public record HybridBlocks(int blocks, List<Boolean> mambaLayers, List<Boolean> mlpLayers, boolean routesExperts) {

    /** The names {@code layers_block_type} uses for each symbol. */
    public static final Map<String, Character> BLOCK_TYPES = Map.of("mamba", 'M', "attention", '*', "mlp", '-', "moe", 'E');

    public HybridBlocks {
        mambaLayers = List.copyOf(mambaLayers);
        mlpLayers = List.copyOf(mlpLayers);
    }

    public static HybridBlocks parse(String pattern) {
        List<Boolean> mamba = new ArrayList<>();
        List<Boolean> mlp = new ArrayList<>();
        boolean dense = pattern.indexOf('-') >= 0;
        boolean experts = pattern.indexOf('E') >= 0;
        if (dense && experts) {
            throw new IllegalArgumentException("mixes dense (-) and MoE (E) MLP blocks; one kind per model is modelled");
        }
        for (int i = 0; i < pattern.length(); i++) {
            char block = pattern.charAt(i);
            switch (block) {
                case 'M', '*' -> {
                    mamba.add(block == 'M');
                    mlp.add(false);
                }
                case '-', 'E' -> {
                    if (mlp.isEmpty() || mlp.get(mlp.size() - 1)) {
                        throw new IllegalArgumentException("block " + i + " ('" + block
                                + "') is an MLP without a mixer block before it");
                    }
                    mlp.set(mlp.size() - 1, true);
                }
                default -> throw new IllegalArgumentException("block " + i + " is '" + block
                        + "'; expected M (Mamba-2), * (attention), - (MLP) or E (MoE)");
            }
        }
        if (mamba.isEmpty()) {
            throw new IllegalArgumentException("has no mixer block");
        }
        return new HybridBlocks(pattern.length(), mamba, mlp, experts);
    }

    /** InferPlan layers: one per mixer block. */
    public int layers() {
        return mambaLayers.size();
    }
}
