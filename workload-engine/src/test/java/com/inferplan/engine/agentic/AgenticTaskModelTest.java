package com.inferplan.engine.agentic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.transport.TransportProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgenticTaskModelTest {

  private static final ModelSpeed SPEED = new LinearModelSpeed(0.5, 10_000, 100);

  @Test
  void contextGrowsByEachTurnsInputAndOutput() {
    // turn 1: context 1,000 + 500 = 1,500, all uncached → TTFT 0.5 + 0.15 = 0.65 s,
    //         99 tokens / 100 tok/s = 0.99 s, tools 2 s; context after = 1,600
    // turn 2: context 1,600 + 400 = 2,000, 400 uncached → TTFT 0.54 s, 199/100 = 1.99 s
    CodingTask task = new CodingTask("two turns", 1_000,
        List.of(new Turn(500, 100, 2.0, 1), new Turn(400, 200, 0, 1)));

    AttemptEstimate attempt = AgenticTaskModel.attempt(task, SPEED, TransportProfile.NONE);

    assertThat(attempt.timeToFirstTokenSeconds()).isCloseTo(0.65 + 0.54, within(1e-12));
    assertThat(attempt.generationSeconds()).isCloseTo(0.99 + 1.99, within(1e-12));
    assertThat(attempt.wallSeconds()).isCloseTo(1.19 + 2.98 + 2.0, within(1e-12));
    assertThat(attempt.inputTokens()).isEqualTo(1_500 + 2_000);
    assertThat(attempt.outputTokens()).isEqualTo(300);
    assertThat(task.finalContextTokens()).isEqualTo(2_200);
  }

  @Test
  void perSolvedTaskFiguresDivideByThePassRate() {
    // attempt as above: 6.17 s, 3,500 input, 300 output tokens.
    // $3/M input, $15/M output: 3,500 × 3e-6 + 300 × 15e-6 = $0.015 per attempt
    // pass rate 0.6: 1.667 attempts, 10.283 s, $0.025 per solved task;
    // 90% success needs ceil(ln 0.1 / ln 0.4) = ceil(2.513) = 3 attempts
    CodingTask task = new CodingTask("two turns", 1_000,
        List.of(new Turn(500, 100, 2.0, 1), new Turn(400, 200, 0, 1)));

    SolvedTaskEstimate solved = AgenticTaskModel.solved(task, SPEED, TransportProfile.NONE, 0.6,
        new TokenPrices(3, 15));

    assertThat(solved.expectedAttempts()).isCloseTo(1 / 0.6, within(1e-12));
    assertThat(solved.wallSecondsPerSolvedTask()).isCloseTo(6.17 / 0.6, within(1e-9));
    assertThat(solved.usdPerAttempt()).isCloseTo(0.015, within(1e-12));
    assertThat(solved.usdPerSolvedTask()).isCloseTo(0.025, within(1e-12));
    assertThat(solved.outputTokensPerSolvedTask()).isCloseTo(500, within(1e-9));
    assertThat(solved.attemptsFor90Percent()).isEqualTo(3);
  }
}
