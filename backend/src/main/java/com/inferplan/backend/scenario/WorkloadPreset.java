package com.inferplan.backend.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;

/**
 * Starting points for the workload. Lengths, demand and peak factors are stated assumptions
 * (docs/decisions/0701-workload-presets.md gives the reasoning); the chat and batch SLOs follow
 * MLPerf Inference's Llama 2 70B server limits (TTFT 2 s, TPOT 200 ms at p99).
 */
public enum WorkloadPreset {
    @JsonProperty("interactive-coding") INTERACTIVE_CODING("Interactive coding",
            new Demand(10e9, DemandUnit.TOKENS_PER_DAY, 3), new Lengths(6_000, 800, 0.6), new SloTarget(1_500, 20, 90)),
    @JsonProperty("long-agentic") LONG_AGENTIC("Long agentic runs",
            new Demand(20e9, DemandUnit.TOKENS_PER_DAY, 2), new Lengths(30_000, 2_000, 0.6),
            new SloTarget(3_000, 25, 90)),
    @JsonProperty("chat") CHAT("Chat",
            new Demand(2e9, DemandUnit.TOKENS_PER_DAY, 2), new Lengths(1_000, 400, 1.0), new SloTarget(2_000, 200, 99)),
    @JsonProperty("batch") BATCH("Batch",
            new Demand(50e9, DemandUnit.TOKENS_PER_DAY, 1), new Lengths(2_000, 500, 1.0),
            new SloTarget(60_000, 500, 90)),
    @JsonProperty("custom") CUSTOM("Custom", null, null, null);

    private final String label;
    private final Demand demand;
    private final Lengths lengths;
    private final SloTarget slo;

    WorkloadPreset(String label, Demand demand, Lengths lengths, SloTarget slo) {
        this.label = label;
        this.demand = demand;
        this.lengths = lengths;
        this.slo = slo;
    }

    public String label() {
        return label;
    }

    /** The preset's workload; CUSTOM has no values of its own and keeps {@code current}'s. */
    public ScenarioWorkload workload(ScenarioWorkload current) {
        if (this == CUSTOM) {
            return new ScenarioWorkload(CUSTOM, current.demand(), current.lengths(), current.slo());
        }
        return new ScenarioWorkload(this, demand, lengths, slo);
    }
}
