package com.inferplan.engine.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class TransportProfileTest {

  private final TransportProfile http = TransportProfile.httpSse();
  private final TransportProfile webSocket = TransportProfile.webSocket();

  @Test
  void webSocketAppliesThePublishedReductionsToHttp() {
    // OpenAI, GPT-5.3-Codex-Spark (2026-02-12): round-trip overhead −80%, per-token −30%, TTFT −50%
    assertThat(webSocket.roundTripOverheadSeconds())
        .isCloseTo(0.2 * http.roundTripOverheadSeconds(), within(1e-12));
    assertThat(webSocket.perTokenOverheadSeconds())
        .isCloseTo(0.7 * http.perTokenOverheadSeconds(), within(1e-12));
    assertThat(webSocket.timeToFirstTokenOverheadSeconds())
        .isCloseTo(0.5 * http.timeToFirstTokenOverheadSeconds(), within(1e-12));
    assertThat(webSocket.networkRoundTripSeconds()).isEqualTo(http.networkRoundTripSeconds());
  }

  @Test
  void httpOpensAConnectionPerRequestWebSocketOnce() {
    assertThat(http.persistentConnection()).isFalse();
    assertThat(webSocket.persistentConnection()).isTrue();
    // handshakes at 50 ms RTT: TCP + TLS 1.3 = 2 RTT; + HTTP Upgrade = 3 RTT
    assertThat(http.connectionSetupSeconds()).isCloseTo(0.100, within(1e-12));
    assertThat(webSocket.connectionSetupSeconds()).isCloseTo(0.150, within(1e-12));
  }

  @Test
  void applyAddsOverheadsToServerLatencies() {
    // HTTP: TTFT + 100 (set-up) + 50 (RTT) + 100 (round trip) + 200 (pre-inference) ms;
    // TPOT + 0.1 ms; E2E = TTFT' + 9 × TPOT' for 10 tokens
    ClientLatency client = http.apply(0.300, 0.020, 10);

    assertThat(client.ttftSeconds()).isCloseTo(0.750, within(1e-12));
    assertThat(client.tpotSeconds()).isCloseTo(0.0201, within(1e-12));
    assertThat(client.endToEndSeconds()).isCloseTo(0.750 + 9 * 0.0201, within(1e-12));
  }

  @Test
  void persistentConnectionIsNotReopenedPerRequest() {
    // WebSocket: 50 (RTT) + 20 (round trip) + 100 (pre-inference) ms, no set-up
    assertThat(webSocket.apply(0.300, 0.020, 1).ttftSeconds()).isCloseTo(0.470, within(1e-12));
  }

  @Test
  void agentTurnsPayWebSocketSetupOnlyOnTheFirstTurn() {
    // first turn: 150 + 2 × (50 + 20) + 100 + 99 × 0.07 = 396.93 ms; later turns without the 150
    assertThat(webSocket.turnOverheadSeconds(2, 100, true)).isCloseTo(0.39693, within(1e-12));
    assertThat(webSocket.turnOverheadSeconds(2, 100, false)).isCloseTo(0.24693, within(1e-12));
    // HTTP opens a connection per round trip: 2 × 100 + 2 × (50 + 100) + 200 + 99 × 0.1 = 709.9 ms
    assertThat(http.turnOverheadSeconds(2, 100, false)).isCloseTo(0.7099, within(1e-12));
  }

  @Test
  void negativeOverheadIsRejected() {
    assertThatThrownBy(() -> new TransportProfile("x", false, -1, 0, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("connectionSetupSeconds = -1.0");
  }
}
