package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.workload.TraceWorkload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small traces whose timelines are worked out by hand. */
class SchedulerTimelineTest {

  /** 10 ms per iteration + 1 ms per decoding sequence + 0.1 ms per prompt token. */
  private static StepTimeModel model(long kvCapacityTokens, int maxBatch) {
    return new AffineStepTimeModel(0.010, 0.001, 0, 0.000_1, 0, kvCapacityTokens, maxBatch);
  }

  @TempDir
  Path dir;

  @Test
  void wholePromptPrefillThenOneTokenPerIteration() throws IOException {
    // prefill 100 tokens: 10 + 100×0.1 = 20 ms → TTFT 20 ms
    // 4 decode iterations of 10 + 1 = 11 ms → TPOT 11 ms, E2E 20 + 44 = 64 ms
    SimulationResult result = run(trace("0,100,5"), model(100_000, 4), 8192);

    assertThat(result.ttft().meanMs()).isCloseTo(20, within(1e-9));
    assertThat(result.tpot().meanMs()).isCloseTo(11, within(1e-9));
    assertThat(result.endToEnd().meanMs()).isCloseTo(64, within(1e-9));
    assertThat(result.queueing().meanMs()).isZero();
  }

  @Test
  void chunkedPrefillSplitsPromptAcrossIterations() throws IOException {
    // budget 64: chunk 64 (10 + 6.4 ms) then 36 (10 + 3.6 ms) → TTFT 30 ms; E2E 30 + 4×11 = 74 ms
    SimulationResult result = run(trace("0,100,5"), model(100_000, 4), 64);

    assertThat(result.ttft().meanMs()).isCloseTo(30, within(1e-9));
    assertThat(result.endToEnd().meanMs()).isCloseTo(74, within(1e-9));
  }

  @Test
  void chunkingKeepsTotalCausalAttentionWork() throws IOException {
    // 1 ms per iteration + 1 µs per attended position, one 100-token prompt, one output token.
    // Whole: 1 + 100·101/2 µs = 6.05 ms. Chunks 64 + 36 attend 64·65/2 = 2080 and
    // 36·64 + 36·37/2 = 2970 (sum 5050, as whole): 2 iterations → 2 + 5.05 = 7.05 ms.
    StepTimeModel attention = new AffineStepTimeModel(0.001, 0, 0, 0, 1e-6, 100_000, 4);

    assertThat(run(trace("0,100,1"), attention, 8192).ttft().meanMs())
        .isCloseTo(6.05, within(1e-9));
    assertThat(run(trace("0,100,1"), attention, 64).ttft().meanMs())
        .isCloseTo(7.05, within(1e-9));
  }

  @Test
  void sequencesInOneBatchShareEachIteration() throws IOException {
    // both prefill together: 10 + 200×0.1 = 30 ms; 2 decodes of 10 + 2×1 = 12 ms → E2E 54 ms
    SimulationResult result = run(trace("0,100,3", "0,100,3"), model(100_000, 2), 8192);

    assertThat(result.ttft().meanMs()).isCloseTo(30, within(1e-9));
    assertThat(result.tpot().meanMs()).isCloseTo(12, within(1e-9));
    assertThat(result.endToEnd().meanMs()).isCloseTo(54, within(1e-9));
  }

  @Test
  void fullKvCachePreemptsLatestSequenceAndRecomputesIt() throws IOException {
    // 64 tokens = 4 blocks of 16. A and B: 16-token prompts, 20 outputs (peak KV 35 → 3 blocks).
    // prefill both: 10 + 3.2 = 13.2 ms. Decodes 1-16 (2 seqs, 12 ms) take the 2 free blocks at
    // 17 tokens; at 33 tokens both need a 3rd block, none free → B (latest) is preempted with 17
    // tokens out. A decodes 17-19 alone: 3 × 11 ms → A ends at 13.2 + 192 + 33 = 238.2 ms.
    // B recomputes 16 + 17 = 33 tokens (10 + 3.3 ms) then 2 decodes (22 ms) → ends at 273.5 ms.
    SimulationResult result = run(trace("0,16,20", "0,16,20"), model(64, 2), 8192);

    assertThat(result.preemptions()).isEqualTo(1);
    assertThat(result.completed()).isEqualTo(2);
    assertThat(result.endToEnd().meanMs()).isCloseTo((238.2 + 273.5) / 2, within(1e-9));
  }

  @Test
  void requestLargerThanKvCacheIsRejectedNotStalled() throws IOException {
    // 64-token cache: 60 + 10 - 1 = 69 tokens at peak cannot fit; the other request runs.
    SimulationResult result = run(trace("0,60,10", "0,16,4"), model(64, 2), 8192);

    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.completed()).isEqualTo(1);
  }

  @Test
  void withoutChunkingPrefillPausesDecoding() throws IOException {
    // A (t=0, 100 in, 3 out): prefill 20 ms, decode 11 ms → at t=31 ms, B (t=0.025) is waiting.
    // Unchunked: B's prefill runs alone (10 + 10 = 20 ms), then both decode: A's last token at
    // 31 + 20 + 12 = 63 ms → A's TPOT (63 − 20)/2 = 21.5 ms.
    // Chunked: B's prefill rides along with A's decode: 10 + 1 + 10 = 21 ms → A ends at 52 ms,
    // TPOT (52 − 20)/2 = 16 ms.
    Path trace = trace("0,100,3", "0.025,100,3");
    SchedulerConfig unchunked = new SchedulerConfig(8192, 16, false);
    SchedulerConfig chunked = new SchedulerConfig(8192, 16, true);

    double tpotA = maxTpotMs(trace, unchunked);
    double tpotAChunked = maxTpotMs(trace, chunked);

    assertThat(tpotA).isCloseTo(21.5, within(0.2));
    assertThat(tpotAChunked).isCloseTo(16, within(0.1));
  }

  private double maxTpotMs(Path trace, SchedulerConfig scheduler) {
    SimulationResult result = ServingSimulator.run(TraceWorkload.fromCsv(trace),
        model(100_000, 2), Fixtures.singleReplica(scheduler));
    return result.tpot().p99Ms();
  }

  private SimulationResult run(Path trace, StepTimeModel model, int maxTokensPerStep) {
    return ServingSimulator.run(TraceWorkload.fromCsv(trace), model,
        Fixtures.singleReplica(new SchedulerConfig(maxTokensPerStep, 16, true)));
  }

  private Path trace(String... rows) throws IOException {
    Path file = Files.createTempFile(dir, "trace", ".csv");
    Files.writeString(file, "arrival_s,input_tokens,output_tokens\n" + String.join("\n", rows));
    return file;
  }
}
