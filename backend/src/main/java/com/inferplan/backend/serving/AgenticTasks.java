package com.inferplan.backend.serving;

import com.inferplan.backend.serving.AgenticTaskRequest.Option;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.agentic.CodingTask;
import com.inferplan.engine.agentic.TaskPresets;
import com.inferplan.engine.agentic.Turn;
import java.util.Objects;

/** The task of a request (a preset or custom turns) and what its input tokens cost. */
final class AgenticTasks {

    private AgenticTasks() {
    }

    static CodingTask of(AgenticTaskRequest.Task spec) {
        boolean custom = spec.turns() != null || spec.initialContextTokens() != null;
        if ((spec.preset() != null) == custom) {
            throw new InvalidInputException("task", spec.preset(), "give either a preset or custom turns");
        }
        if (spec.preset() != null) {
            return spec.preset().equals("interactive-edit") ? TaskPresets.interactiveEdit() : TaskPresets.longAgenticRun();
        }
        if (spec.turns() == null || spec.turns().isEmpty()) {
            throw new InvalidInputException("task.turns", "[]", "a custom task needs at least one turn");
        }
        return new CodingTask(Objects.requireNonNullElse(spec.name(), "custom task"),
                Objects.requireNonNullElse(spec.initialContextTokens(), 0L),
                spec.turns().stream().map(t -> new Turn(t.addedContextTokens(), t.outputTokens(), t.toolSeconds(),
                        Objects.requireNonNullElse(t.clientRoundTrips(), 1))).toList());
    }

    /**
     * USD per million input tokens averaged over the task: the first turn sends everything new, later turns
     * only their added tokens; the rest of each turn's context is the provider's cached prefix.
     */
    static double effectiveInputPrice(CodingTask task, Option option) {
        double cachedPrice = Objects.requireNonNullElse(option.usdPerMillionCachedInput(), option.usdPerMillionInput());
        long uncached = task.initialContextTokens();
        long total = 0;
        long context = task.initialContextTokens();
        for (Turn turn : task.turns()) {
            uncached += turn.addedContextTokens();
            context += turn.addedContextTokens();
            total += context;
            context += turn.outputTokens();
        }
        if (total == 0) {
            return option.usdPerMillionInput();
        }
        return (uncached * option.usdPerMillionInput() + (total - uncached) * cachedPrice) / total;
    }
}
