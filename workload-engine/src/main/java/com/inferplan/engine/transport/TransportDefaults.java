package com.inferplan.engine.transport;

/**
 * Default transport profiles. HTTP/SSE values are labelled estimates (derivation in
 * docs/decisions/0404-transport-defaults.md); the WebSocket profile is derived from them with the
 * reductions OpenAI published for GPT-5.3-Codex-Spark (2026-02-12): per client/server round-trip
 * overhead −80%, per-token overhead −30%, time to first token −50%.
 */
final class TransportDefaults {

  /** Assumed client↔API round trip, seconds (same-continent path; estimate). */
  static final double NETWORK_RTT_SECONDS = 0.050;
  /** TCP (1 RTT, RFC 9293) + TLS 1.3 full handshake (1 RTT, RFC 8446 §2). */
  static final int HTTPS_HANDSHAKE_ROUND_TRIPS = 2;
  /** HTTPS handshakes + the HTTP/1.1 Upgrade exchange (1 RTT, RFC 6455 §1.3). */
  static final int WEBSOCKET_HANDSHAKE_ROUND_TRIPS = 3;

  static final double ROUND_TRIP_REDUCTION = 0.80;
  static final double PER_TOKEN_REDUCTION = 0.30;
  static final double TTFT_REDUCTION = 0.50;

  static final TransportProfile HTTP_SSE = new TransportProfile(
      "HTTP/SSE",
      false,
      HTTPS_HANDSHAKE_ROUND_TRIPS * NETWORK_RTT_SECONDS,
      NETWORK_RTT_SECONDS,
      0.100,
      0.200,
      0.000_100);

  static final TransportProfile WEB_SOCKET = new TransportProfile(
      "WebSocket (persistent)",
      true,
      WEBSOCKET_HANDSHAKE_ROUND_TRIPS * NETWORK_RTT_SECONDS,
      NETWORK_RTT_SECONDS,
      HTTP_SSE.roundTripOverheadSeconds() * (1 - ROUND_TRIP_REDUCTION),
      HTTP_SSE.timeToFirstTokenOverheadSeconds() * (1 - TTFT_REDUCTION),
      HTTP_SSE.perTokenOverheadSeconds() * (1 - PER_TOKEN_REDUCTION));

  private TransportDefaults() {}
}
