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

  public Turn {
    Require.nonNegative("addedContextTokens", addedContextTokens);
    Require.positive("outputTokens", outputTokens);
    Require.nonNegative("toolSeconds", toolSeconds);
    Require.positive("clientRoundTrips", clientRoundTrips);
  }
}
