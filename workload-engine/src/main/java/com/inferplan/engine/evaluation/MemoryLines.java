package com.inferplan.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonValue;
import com.inferplan.engine.deployment.MemoryUse;
import java.util.List;

/**
 * A plan's per-tier memory use as the sentences explanations show, formatted only when shown (an
 * evaluation is built far more often than it is explained).
 */
record MemoryLines(List<MemoryUse> uses) {

    @JsonValue
    public List<String> lines() {
        return uses.stream().map(MemoryUse::describe).toList();
    }

    @Override
    public String toString() {
        return lines().toString();
    }
}
