package com.inferplan.engine.agentic;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.transport.TransportProfile;
import org.junit.jupiter.api.Test;

/**
 * OpenAI's GPT-5.3-Codex-Spark launch (2026-02-12; docs/decisions/0405): Spark on Cerebras WSE-3
 * at over 1,000 tokens/s with a persistent WebSocket, against GPT-5.3-Codex at about 65–70 tokens/s.
 * Published wall times: SWE-Bench Pro tasks in 2–3 minutes against 15–17, and a short demo (a
 * snake game) in about 9 s against 43 s. The presets must land within a factor 1.5 of these.
 */
class PublishedCodexSparkCaseTest {

  /** ~1,000 tok/s; 0.3 s to first token plus a 20,000 tok/s prefill (assumed). */
  private static final ModelSpeed COMPACT = new LinearModelSpeed(0.3, 20_000, 1_000);
  /** ~67 tok/s; 1 s to first token plus a 5,000 tok/s prefill (assumed). */
  private static final ModelSpeed LARGE = new LinearModelSpeed(1.0, 5_000, 67);

  private static double minutes(CodingTask task, ModelSpeed speed, TransportProfile transport) {
    return AgenticTaskModel.attempt(task, speed, transport).wallSeconds() / 60;
  }

  @Test
  void longRunTakesTwoToThreeMinutesOnTheCompactModel() {
    // 30 × 1,899 / 1,000 = 57 s decode + 60 s tools + 11.4 s TTFT + 9.2 s WebSocket ≈ 2.3 min
    assertThat(minutes(TaskPresets.longAgenticRun(), COMPACT, TransportProfile.webSocket()))
        .isBetween(2.5 / 1.5, 2.5 * 1.5);
  }

  @Test
  void longRunTakesFifteenToSeventeenMinutesOnTheLargeModel() {
    // 56,970 / 67 = 850 s decode + 60 s tools + 39.6 s TTFT + 19.2 s HTTP ≈ 16.2 min
    assertThat(minutes(TaskPresets.longAgenticRun(), LARGE, TransportProfile.httpSse()))
        .isBetween(16.0 / 1.5, 16.0 * 1.5);
  }

  @Test
  void shortDemoTakesAboutNineSecondsAgainstFortyThree() {
    // compact: 2.25 s decode + 4.5 s tools + 1.14 s TTFT + 0.8 s WebSocket ≈ 8.7 s
    // large:  33.5 s decode + 4.5 s tools + 3.96 s TTFT + 1.6 s HTTP ≈ 43.6 s
    double compact = minutes(TaskPresets.interactiveEdit(), COMPACT, TransportProfile.webSocket());
    double large = minutes(TaskPresets.interactiveEdit(), LARGE, TransportProfile.httpSse());

    assertThat(compact * 60).isBetween(9 / 1.5, 9 * 1.5);
    assertThat(large * 60).isBetween(43 / 1.5, 43 * 1.5);
  }

  @Test
  void webSocketAloneSavesTimeOnTheLongRun() {
    double http = minutes(TaskPresets.longAgenticRun(), COMPACT, TransportProfile.httpSse());
    double webSocket = minutes(TaskPresets.longAgenticRun(), COMPACT, TransportProfile.webSocket());

    // per turn: HTTP 450 ms + 1,899 × 0.1 ms vs WebSocket 170 ms + 1,899 × 0.07 ms (+150 ms once)
    // → 30 × (0.6399 − 0.3029) − 0.15 = 9.96 s saved
    assertThat((http - webSocket) * 60).isBetween(9.9, 10.0);
  }
}
