package com.inferplan.engine.perf;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One chip family of {@code efficiencies.json}. A family with a {@code parent} states only what it
 * changes; a family without one states every figure the performance model reads.
 */
record FamilyEntry(@JsonProperty("parent") String parent,
                   @JsonProperty("chips") List<String> chips,
                   @JsonProperty("computeEfficiency") KindFactors computeEfficiency,
                   @JsonProperty("memoryEfficiency") KindFactors memoryEfficiency,
                   @JsonProperty("dequantisingWeightMemoryScale") Double dequantisingWeightMemoryScale,
                   @JsonProperty("layerOverheadSeconds") Double layerOverheadSeconds,
                   @JsonProperty("pipelineHopSeconds") Double pipelineHopSeconds,
                   @JsonProperty("collectiveLatencySeconds") Double collectiveLatencySeconds,
                   @JsonProperty("collectiveOverheadSeconds") Double collectiveOverheadSeconds,
                   @JsonProperty("linkBytesPerSecondIfUnknown") Double linkBytesPerSecondIfUnknown,
                   @JsonProperty("overlapsComputeAndMemory") Boolean overlapsComputeAndMemory,
                   @JsonProperty("defaultFramework") String defaultFramework,
                   @JsonProperty("planner") PlannerEntry planner,
                   @JsonProperty("justification") String justification,
                   @JsonProperty("sources") List<SourceEntry> sources,
                   @JsonProperty("informedBy") String informedBy) {

    FamilyEntry {
        boolean root = parent == null;
        if (root) {
            DataChecks.required("computeEfficiency", computeEfficiency);
            DataChecks.required("memoryEfficiency", memoryEfficiency);
            DataChecks.required("layerOverheadSeconds", layerOverheadSeconds);
            DataChecks.required("pipelineHopSeconds", pipelineHopSeconds);
            DataChecks.required("collectiveLatencySeconds", collectiveLatencySeconds);
            DataChecks.required("collectiveOverheadSeconds", collectiveOverheadSeconds);
            DataChecks.required("defaultFramework", defaultFramework);
            DataChecks.required("planner", planner);
        }
        if (computeEfficiency != null) {
            computeEfficiency.checkTable("computeEfficiency", root);
        }
        if (memoryEfficiency != null) {
            memoryEfficiency.checkTable("memoryEfficiency", root);
        }
        DataChecks.shareOfPeak("dequantisingWeightMemoryScale", dequantisingWeightMemoryScale);
        DataChecks.nonNegative("layerOverheadSeconds", layerOverheadSeconds);
        DataChecks.nonNegative("pipelineHopSeconds", pipelineHopSeconds);
        DataChecks.nonNegative("collectiveLatencySeconds", collectiveLatencySeconds);
        DataChecks.nonNegative("collectiveOverheadSeconds", collectiveOverheadSeconds);
        DataChecks.positive("linkBytesPerSecondIfUnknown", linkBytesPerSecondIfUnknown);
        DataChecks.required("justification", justification);
        DataChecks.required("sources", sources);
        if (chips != null) {
            for (int i = 0; i < chips.size(); i++) {
                DataChecks.required("chips[" + i + "]", chips.get(i));
            }
        }
    }
}
