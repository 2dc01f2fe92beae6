package com.inferplan.engine.transport;

import com.inferplan.engine.serving.validation.Require;

/**
 * Latency a client sees on top of the serving engine, for one transport. All durations in seconds.
 *
 * @param name                            label shown in reports
 * @param persistentConnection            true when one connection carries a whole session (its set-up
 *                                        is paid once), false when every request opens one
 * @param connectionSetupSeconds          opening one connection (TCP + TLS, plus the WebSocket upgrade)
 * @param networkRoundTripSeconds         one client↔API network round trip; physics, not protocol,
 *                                        so the same for every transport over the same path
 * @param roundTripOverheadSeconds        API-service work per client/server round trip (validation,
 *                                        conversation-state handling, routing)
 * @param timeToFirstTokenOverheadSeconds API-service work before inference starts (tokenising the
 *                                        history, safety checks), added to TTFT once per request
 * @param perTokenOverheadSeconds         streaming work per output token (event framing, flush),
 *                                        added to every inter-token gap
 */
public record TransportProfile(
    String name,
    boolean persistentConnection,
    double connectionSetupSeconds,
    double networkRoundTripSeconds,
    double roundTripOverheadSeconds,
    double timeToFirstTokenOverheadSeconds,
    double perTokenOverheadSeconds) {

  /** No transport: server-side latencies are reported unchanged. */
  public static final TransportProfile NONE = new TransportProfile("none", true, 0, 0, 0, 0, 0);

  public TransportProfile {
    Require.present("name", name);
    Require.nonNegative("connectionSetupSeconds", connectionSetupSeconds);
    Require.nonNegative("networkRoundTripSeconds", networkRoundTripSeconds);
    Require.nonNegative("roundTripOverheadSeconds", roundTripOverheadSeconds);
    Require.nonNegative("timeToFirstTokenOverheadSeconds", timeToFirstTokenOverheadSeconds);
    Require.nonNegative("perTokenOverheadSeconds", perTokenOverheadSeconds);
  }

  /**
   * The same transport as a server behind the one that took the request sees it: tokens still stream
   * through, so only the per-token overhead remains (a disaggregated decode worker's view).
   */
  public TransportProfile streamingOnly() {
    return new TransportProfile(name + " (streaming)", true, 0, 0, 0, 0, perTokenOverheadSeconds);
  }

  /** HTTP request + SSE stream per call; estimated defaults, derivation in docs/decisions/0404. */
  public static TransportProfile httpSse() {
    return TransportDefaults.HTTP_SSE;
  }

  /** Persistent WebSocket; HTTP/SSE defaults with the published Codex-Spark reductions applied. */
  public static TransportProfile webSocket() {
    return TransportDefaults.WEB_SOCKET;
  }

  /**
   * Extra seconds before the first token of one request: connection set-up (unless the connection
   * is already open), one network round trip, the per-round-trip and the pre-inference overhead.
   */
  public double firstTokenOverheadSeconds(boolean connectionOpen) {
    double setup = connectionOpen ? 0 : connectionSetupSeconds;
    return setup + networkRoundTripSeconds + roundTripOverheadSeconds
        + timeToFirstTokenOverheadSeconds;
  }

  /**
   * Transport seconds of one agent turn: one model response over {@code roundTrips} client/server
   * exchanges. A persistent connection is opened once, on the session's first turn; otherwise every
   * exchange opens its own. The first token carries the pre-inference overhead; each later token
   * the per-token overhead.
   */
  public double turnOverheadSeconds(int roundTrips, int outputTokens, boolean firstTurnOfSession) {
    Require.positive("roundTrips", roundTrips);
    Require.positive("outputTokens", outputTokens);
    int connections = persistentConnection ? (firstTurnOfSession ? 1 : 0) : roundTrips;
    return connections * connectionSetupSeconds
        + roundTrips * (networkRoundTripSeconds + roundTripOverheadSeconds)
        + timeToFirstTokenOverheadSeconds
        + (outputTokens - 1) * perTokenOverheadSeconds;
  }

  /**
   * Client-observed latencies of one streamed request from its server-side TTFT and TPOT. A
   * persistent connection is taken to be open already (sessions outlive single requests).
   */
  public ClientLatency apply(double serverTtftSeconds, double serverTpotSeconds, int outputTokens) {
    Require.nonNegative("serverTtftSeconds", serverTtftSeconds);
    Require.nonNegative("serverTpotSeconds", serverTpotSeconds);
    Require.positive("outputTokens", outputTokens);
    double ttft = serverTtftSeconds + firstTokenOverheadSeconds(persistentConnection);
    double tpot = serverTpotSeconds + perTokenOverheadSeconds;
    return new ClientLatency(ttft, tpot, ttft + (outputTokens - 1) * tpot);
  }
}
