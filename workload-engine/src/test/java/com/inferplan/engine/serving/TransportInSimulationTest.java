package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.serving.workload.LengthDistribution;
import com.inferplan.engine.serving.workload.PoissonArrivals;
import com.inferplan.engine.serving.workload.SyntheticWorkload;
import com.inferplan.engine.transport.TransportProfile;
import org.junit.jupiter.api.Test;

class TransportInSimulationTest {

  @Test
  void transportAddsItsOverheadsToClientLatencies() {
    // fixed lengths: every request has 101 outputs, so E2E shifts by a constant.
    SyntheticWorkload workload = new SyntheticWorkload(new PoissonArrivals(4),
        LengthDistribution.fixed(500), LengthDistribution.fixed(101), 2_000, 2);
    SimulationConfig config = Fixtures.config(1, RoutingPolicy.ROUND_ROBIN,
        SchedulerConfig.vllmDefaults());
    StepTimeModel model = Fixtures.batchingReplica(400_000, 64);
    TransportProfile http = TransportProfile.httpSse();

    SimulationResult server = ServingSimulator.run(workload, model, config);
    SimulationResult client = ServingSimulator.run(workload, model, config.withTransport(http));

    // HTTP/SSE: set-up 100 + RTT 50 + round trip 100 + pre-inference 200 = 450 ms before TTFT;
    // 0.1 ms per token → TPOT +0.1 ms, E2E + 450 + 100 × 0.1 = +460 ms
    assertThat(client.ttft().meanMs() - server.ttft().meanMs()).isCloseTo(450, within(1e-6));
    assertThat(client.tpot().meanMs() - server.tpot().meanMs()).isCloseTo(0.1, within(1e-9));
    assertThat(client.endToEnd().meanMs() - server.endToEnd().meanMs())
        .isCloseTo(460, within(1e-6));
    assertThat(client.queueing()).isEqualTo(server.queueing());
  }
}
