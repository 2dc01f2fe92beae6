package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.Require;

/**
 * One step of an agent loop: new tokens join the context (user message, tool output), the model
 * answers with {@code outputTokens} (reasoning included), then the client runs tools.
 *
 * @param addedContextTokens tokens appended to the conversation before the model call
 * @param outputTokens       tokens the model generates in this turn
 * @param toolSeconds        client-side time after the answer (running tools, building context)
 * @param clientRoundTrips   client/server exchanges the turn costs (1 for a plain model call)
 */
public record Turn(long addedContextTokens, int outputTokens, double toolSeconds,
    int clientRoundTrips) {

  static final int MAX_OUTPUT_TOKENS = 1_000_000;
  static final double MAX_TOOL_SECONDS = 86_400;
  static final int MAX_ROUND_TRIPS = 1_000;

  public Turn {
    Require.atMost("addedContextTokens", Require.nonNegative("addedContextTokens", addedContextTokens),
        CodingTask.MAX_CONTEXT_TOKENS);
    Require.atMost("outputTokens", Require.positive("outputTokens", outputTokens), MAX_OUTPUT_TOKENS);
    Require.atMost("toolSeconds", Require.nonNegative("toolSeconds", toolSeconds), MAX_TOOL_SECONDS);
    Require.atMost("clientRoundTrips", Require.positive("clientRoundTrips", clientRoundTrips), MAX_ROUND_TRIPS);
  }
}
