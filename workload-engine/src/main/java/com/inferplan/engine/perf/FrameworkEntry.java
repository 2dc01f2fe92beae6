package com.inferplan.engine.perf;

import com.inferplan.engine.serving.validation.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.inferplan.catalog.Precision;
import java.util.List;

/**
 * One serving stack of {@code efficiencies.json}, or one of its dated {@code generations}: a
 * generation has {@code from} and {@code label} and overrides any of the stack's figures, but has no
 * sources, generations or justification of its own (the stack's cover it).
 */
record FrameworkEntry(@JsonProperty("stepOverheadSeconds") Double stepOverheadSeconds,
                      @JsonProperty("stepOverheadPerSequenceSeconds") Double stepOverheadPerSequenceSeconds,
                      @JsonProperty("collectiveOverheadSeconds") Double collectiveOverheadSeconds,
                      @JsonProperty("layerOverheadScale") Double layerOverheadScale,
                      @JsonProperty("computeEfficiencyScale") KindFactors computeEfficiencyScale,
                      @JsonProperty("memoryEfficiencyScale") KindFactors memoryEfficiencyScale,
                      @JsonProperty("fullRateExpertWeights") List<String> fullRateExpertWeights,
                      @JsonProperty("maxBatch") Integer maxBatch,
                      @JsonProperty("prefillChunkTokens") Integer prefillChunkTokens,
                      @JsonProperty("expertParallel") Boolean expertParallel,
                      @JsonProperty("reservesWholeContext") Boolean reservesWholeContext,
                      @JsonProperty("reserveFraction") Double reserveFraction,
                      @JsonProperty("reserveOfFreeMemory") Boolean reserveOfFreeMemory,
                      @JsonProperty("lowBitWeightKv") String lowBitWeightKv,
                      @JsonProperty("padsAttentionHeads") Boolean padsAttentionHeads,
                      @JsonProperty("maxLoadMoe") MoeLayout maxLoadMoe,
                      @JsonProperty("speculative") Speculative speculative,
                      @JsonProperty("baseGeneration") String baseGeneration,
                      @JsonProperty("generations") List<FrameworkEntry> generations,
                      @JsonProperty("from") String from,
                      @JsonProperty("label") String label,
                      @JsonProperty("justification") String justification,
                      @JsonProperty("sources") List<SourceEntry> sources,
                      @JsonProperty("informedBy") String informedBy) {

    FrameworkEntry {
        DataChecks.nonNegative("stepOverheadSeconds", stepOverheadSeconds);
        DataChecks.nonNegative("stepOverheadPerSequenceSeconds", stepOverheadPerSequenceSeconds);
        DataChecks.nonNegative("collectiveOverheadSeconds", collectiveOverheadSeconds);
        DataChecks.positive("layerOverheadScale", layerOverheadScale);
        if (computeEfficiencyScale != null) {
            computeEfficiencyScale.check("computeEfficiencyScale", DataChecks::positive);
        }
        if (memoryEfficiencyScale != null) {
            memoryEfficiencyScale.check("memoryEfficiencyScale", DataChecks::positive);
        }
        DataChecks.atLeastOne("maxBatch", maxBatch);
        DataChecks.atLeastOne("prefillChunkTokens", prefillChunkTokens);
        DataChecks.fractionBelowOne("reserveFraction", reserveFraction);
        if (lowBitWeightKv != null) {
            precision("lowBitWeightKv", lowBitWeightKv);
        }
        for (int i = 0; fullRateExpertWeights != null && i < fullRateExpertWeights.size(); i++) {
            precision("fullRateExpertWeights[" + i + "]", fullRateExpertWeights.get(i));
        }
        for (int i = 0; generations != null && i < generations.size(); i++) {
            try {
                generations.get(i).checkGeneration();
            } catch (InvalidInputException e) {
                throw DataChecks.within("generations[" + i + "]", e);
            }
        }
    }

    /** What a stack (not a generation) must state. */
    void checkStack() {
        DataChecks.required("stepOverheadSeconds", stepOverheadSeconds);
        DataChecks.required("maxBatch", maxBatch);
        DataChecks.required("prefillChunkTokens", prefillChunkTokens);
        DataChecks.required("justification", justification);
        DataChecks.required("sources", sources);
        DataChecks.absent("from", from, "only a generation has a start date");
        DataChecks.absent("label", label, "a stack's base generation is named by baseGeneration");
    }

    private void checkGeneration() {
        DataChecks.required("from", from);
        if (!from.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidInputException("from", from, "must be a date yyyy-mm-dd");
        }
        DataChecks.required("label", label);
        String why = "a generation is covered by its stack's";
        DataChecks.absent("generations", generations, why);
        DataChecks.absent("baseGeneration", baseGeneration, why);
        DataChecks.absent("justification", justification, why);
        DataChecks.absent("sources", sources, why);
        DataChecks.absent("informedBy", informedBy, why);
    }

    private static void precision(String field, String text) {
        try {
            Precision.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, text, e.getMessage());
        }
    }

    /** The MoE layout a stack uses at maximum load. */
    record MoeLayout(@JsonProperty("expertParallel") Boolean expertParallel,
                     @JsonProperty("attentionDataParallel") Boolean attentionDataParallel) {
    }

    /** A stack's draft-and-verify decoding; {@code byDefault}, {@code staticBatches}, {@code draftOnDevice} default true. */
    record Speculative(@JsonProperty("byDefault") Boolean byDefault, @JsonProperty("gamma") Integer gamma,
                       @JsonProperty("acceptance") Double acceptance,
                       @JsonProperty("draftCostFraction") Double draftCostFraction,
                       @JsonProperty("staticBatches") Boolean staticBatches,
                       @JsonProperty("draftOnDevice") Boolean draftOnDevice) {
        Speculative {
            DataChecks.required("gamma", gamma);
            DataChecks.atLeastOne("gamma", gamma);
            DataChecks.required("acceptance", acceptance);
            DataChecks.fractionBelowOne("acceptance", acceptance);
            DataChecks.required("draftCostFraction", draftCostFraction);
            DataChecks.nonNegative("draftCostFraction", draftCostFraction);
        }
    }
}
