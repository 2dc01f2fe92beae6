package com.inferplan.engine.deployment;

/**
 * How a chip family executes the layers of a model during serving.
 *
 * <p>TEMPORAL: weights live in HBM (or DRAM) and every chip of a tensor-parallel group runs every
 * layer of its pipeline stage in turn, streaming that layer's weights from memory (GPUs, TPUs,
 * Trainium, SambaNova's RDU). SPATIAL: weights stay resident in on-chip SRAM and each layer is
 * mapped onto its own share of cores or chips; a token flows through them like an assembly line
 * (Cerebras wafers, Groq LPUs). At batch one only the current layer's share works, which is why
 * per-token time on these systems is set by per-layer latency rather than total bandwidth.
 * WEIGHT_STREAMING: the model is larger than the SRAM of the largest supported pipeline, so its
 * weights are streamed from an external store every token (Cerebras MemoryX); flagged, slow.
 */
public enum ServingStyle {
    TEMPORAL,
    SPATIAL,
    WEIGHT_STREAMING
}
