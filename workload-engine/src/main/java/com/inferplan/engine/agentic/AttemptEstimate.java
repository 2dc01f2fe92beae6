package com.inferplan.engine.agentic;

/**
 * Wall time and tokens of one attempt at a task, seconds and tokens. Input tokens count the whole
 * context sent with every turn (cached or not: prompt-cache discounts are a pricing concern).
 */
public record AttemptEstimate(
    double wallSeconds,
    double timeToFirstTokenSeconds,
    double generationSeconds,
    double toolSeconds,
    double transportSeconds,
    long inputTokens,
    long outputTokens) {}
