package com.inferplan.engine.agentic;

/**
 * Expected cost of getting one task solved when each attempt succeeds independently with
 * probability {@code passRate} and failures are detected (tests fail) and retried: the number of
 * attempts is geometric with mean {@code 1/passRate}, so every per-attempt figure is divided by
 * the pass rate.
 *
 * @param attemptsFor90Percent attempts needed to solve the task with 90% probability,
 *                             {@code ceil(ln 0.1 / ln(1 − passRate))}
 */
public record SolvedTaskEstimate(
    AttemptEstimate attempt,
    double passRate,
    double expectedAttempts,
    double wallSecondsPerSolvedTask,
    double inputTokensPerSolvedTask,
    double outputTokensPerSolvedTask,
    double usdPerAttempt,
    double usdPerSolvedTask,
    int attemptsFor90Percent) {}
