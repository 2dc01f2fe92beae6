package com.inferplan.ui.pricing;

import com.inferplan.backend.scenario.WorkloadPreset;
import java.util.Locale;
import java.util.Optional;

/** The model and workload preset whose engine-predicted tokens/s per chip the deals page prices at. */
record EngineChoice(String model, WorkloadPreset workload) {

    static final WorkloadPreset DEFAULT_WORKLOAD = WorkloadPreset.CHAT;

    String workloadParameter() {
        return workload.name().toLowerCase(Locale.ROOT);
    }

    /** From the link's {@code model} and {@code workload}; an unknown or custom workload is the default. */
    static Optional<EngineChoice> parse(Optional<String> model, Optional<String> workload) {
        return model.filter(m -> !m.isBlank()).map(m -> new EngineChoice(m, workload.flatMap(EngineChoice::preset)
                .orElse(DEFAULT_WORKLOAD)));
    }

    private static Optional<WorkloadPreset> preset(String text) {
        try {
            WorkloadPreset p = WorkloadPreset.valueOf(text.toUpperCase(Locale.ROOT));
            return p == WorkloadPreset.CUSTOM ? Optional.empty() : Optional.of(p);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
