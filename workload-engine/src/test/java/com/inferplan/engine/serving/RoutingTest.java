package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.workload.TraceWorkload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingTest {

  @TempDir
  Path dir;

  /**
   * Two single-server replicas at 1 ms per prompt token. A (t=0, 10 s of work) → replica 0, B
   * (t=0.1 s, 1 s) → replica 1, done at 1.1 s. C (t=2 s, 1 s): round-robin sends it to replica 0,
   * busy until 10 s → waits 8 s; least-loaded sends it to the idle replica 1 → no wait.
   */
  @Test
  void leastLoadedAvoidsTheBusyReplica() throws IOException {
    Path trace = dir.resolve("trace.csv");
    Files.writeString(trace,
        "arrival_s,input_tokens,output_tokens\n0,10000,1\n0.1,1000,1\n2,1000,1\n");

    assertThat(meanQueueMs(trace, RoutingPolicy.ROUND_ROBIN)).isCloseTo(8000.0 / 3, within(1e-6));
    assertThat(meanQueueMs(trace, RoutingPolicy.LEAST_LOADED)).isZero();
  }

  private static double meanQueueMs(Path trace, RoutingPolicy routing) {
    SimulationConfig config = Fixtures.config(2, routing, new SchedulerConfig(20_000, 16, true));
    return ServingSimulator.run(TraceWorkload.fromCsv(trace), Fixtures.singleServer(0.001), config)
        .queueing().meanMs();
  }
}
