package com.inferplan.backend.serving;

import com.inferplan.engine.agentic.AttemptEstimate;
import java.util.List;

/** A task's expected time, tokens and cost for each option, per attempt and per solved task. */
public record AgenticComparison(TaskSummary task, List<OptionResult> options) {

    public AgenticComparison {
        options = List.copyOf(options);
    }

    public record TaskSummary(String name, int turns, long initialContextTokens, long finalContextTokens,
                              long outputTokens) {
    }

    /**
     * @param speedSource             "deployment" (performance model) or "stated"
     * @param deployment              the planned deployment; null for stated speeds
     * @param outputTokensPerSecond   decode speed at the task's starting context
     */
    public record OptionResult(String label, String speedSource, PlannedDeployment deployment, String transport,
                               double outputTokensPerSecond, AttemptEstimate attempt, double passRate,
                               double expectedAttempts, int attemptsFor90Percent, double minutesPerTask,
                               double minutesPerSolvedTask, double inputTokensPerSolvedTask,
                               double outputTokensPerSolvedTask, double usdPerAttempt, double usdPerSolvedTask) {
    }

    public record PlannedDeployment(String model, String hardware, int chips, String parallelism) {
    }
}
