package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunControlTest {

  private static final SimulationConfig CONFIG =
      Fixtures.config(2, RoutingPolicy.ROUND_ROBIN, SchedulerConfig.vllmDefaults());

  @Test
  void cancellationStopsTheRunAtTheNextCheck() {
    AtomicInteger polls = new AtomicInteger();
    RunControl cancelAtOnce = new RunControl(ProgressListener.NONE,
        () -> polls.incrementAndGet() > 0);

    // 1,000,000 requests need millions of events; the run must stop at the first poll.
    assertThatThrownBy(() -> ServingSimulator.run(Fixtures.chatWorkload(8, 1_000_000, 1),
        Fixtures.batchingReplica(400_000, 128), CONFIG, cancelAtOnce))
        .isInstanceOfSatisfying(SimulationCancelledException.class, e ->
            assertThat(e.eventsProcessed()).isEqualTo(RunControl.EVENTS_PER_CHECK));
    assertThat(polls).hasValue(1);
  }

  @Test
  void progressRisesToOne() {
    List<Double> fractions = new ArrayList<>();
    RunControl control = new RunControl(fractions::add, () -> false);

    ServingSimulator.run(Fixtures.chatWorkload(8, 50_000, 1),
        Fixtures.batchingReplica(400_000, 128), CONFIG, control);

    assertThat(fractions).hasSizeGreaterThan(3).isSorted().last().isEqualTo(1.0);
    assertThat(fractions.get(0)).isBetween(0.0, 0.5);
  }
}
