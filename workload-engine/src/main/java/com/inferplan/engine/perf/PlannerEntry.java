package com.inferplan.engine.perf;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A family's deployment-planner defaults in {@code efficiencies.json}; stated whole where stated. */
record PlannerEntry(@JsonProperty("reserveFraction") Double reserveFraction,
                    @JsonProperty("chipGranularity") Integer chipGranularity,
                    @JsonProperty("powerOfTwoChips") Boolean powerOfTwoChips,
                    @JsonProperty("maxTensorParallel") Integer maxTensorParallel,
                    @JsonProperty("maxChipsPerReplica") Integer maxChipsPerReplica,
                    @JsonProperty("expertParallel") Boolean expertParallel) {
    PlannerEntry {
        DataChecks.required("reserveFraction", reserveFraction);
        DataChecks.fractionBelowOne("reserveFraction", reserveFraction);
        DataChecks.required("chipGranularity", chipGranularity);
        DataChecks.atLeastOne("chipGranularity", chipGranularity);
        DataChecks.required("powerOfTwoChips", powerOfTwoChips);
        DataChecks.required("maxTensorParallel", maxTensorParallel);
        DataChecks.atLeastOne("maxTensorParallel", maxTensorParallel);
        DataChecks.required("maxChipsPerReplica", maxChipsPerReplica);
        DataChecks.atLeastOne("maxChipsPerReplica", maxChipsPerReplica);
        DataChecks.required("expertParallel", expertParallel);
    }
}
