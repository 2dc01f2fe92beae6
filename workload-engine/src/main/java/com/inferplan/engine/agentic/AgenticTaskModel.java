package com.inferplan.engine.agentic;

import com.inferplan.engine.serving.validation.Require;
import com.inferplan.engine.transport.TransportProfile;

/**
 * Wall time of an agentic coding task: per turn, transport overhead + TTFT at the current context +
 * {@code (n − 1)} tokens at the decode speed + tool time; turns run one after another and the
 * context grows by each turn's input and output. The provider caches the conversation prefix, so
 * only the first turn prefills the whole context and later turns prefill their new tokens.
 */
public final class AgenticTaskModel {

  private AgenticTaskModel() {}

  public static AttemptEstimate attempt(CodingTask task, ModelSpeed speed,
      TransportProfile transport) {
    Require.present("task", task);
    Require.present("speed", speed);
    Require.present("transport", transport);
    long context = task.initialContextTokens();
    double ttft = 0;
    double generation = 0;
    double tools = 0;
    double overhead = 0;
    long input = 0;
    long output = 0;
    boolean first = true;
    for (Turn turn : task.turns()) {
      long uncached = first ? context + turn.addedContextTokens() : turn.addedContextTokens();
      context += turn.addedContextTokens();
      ttft += speed.timeToFirstTokenSeconds(context, uncached);
      generation += (turn.outputTokens() - 1) / speed.outputTokensPerSecond(context);
      tools += turn.toolSeconds();
      overhead += transport.turnOverheadSeconds(turn.clientRoundTrips(), turn.outputTokens(), first);
      input += context;
      output += turn.outputTokens();
      context += turn.outputTokens();
      first = false;
    }
    return new AttemptEstimate(ttft + generation + tools + overhead, ttft, generation, tools,
        overhead, input, output);
  }

  public static SolvedTaskEstimate solved(CodingTask task, ModelSpeed speed,
      TransportProfile transport, double passRate, TokenPrices prices) {
    Require.fraction("passRate", passRate);
    Require.present("prices", prices);
    AttemptEstimate attempt = attempt(task, speed, transport);
    double usdPerAttempt = prices.usdFor(attempt.inputTokens(), attempt.outputTokens());
    int for90 = passRate == 1 ? 1 : (int) Math.ceil(Math.log(0.1) / Math.log(1 - passRate));
    return new SolvedTaskEstimate(attempt, passRate, 1 / passRate,
        attempt.wallSeconds() / passRate,
        attempt.inputTokens() / passRate,
        attempt.outputTokens() / passRate,
        usdPerAttempt,
        usdPerAttempt / passRate,
        for90);
  }
}
