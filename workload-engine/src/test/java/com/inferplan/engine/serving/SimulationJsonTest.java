package com.inferplan.engine.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SimulationJsonTest {

  @Test
  void writesTheCliContractFieldsFromTheResult() {
    SimulationResult result = ServingSimulator.run(Fixtures.chatWorkload(4, 2_000, 1),
        Fixtures.batchingReplica(400_000, 64),
        Fixtures.singleReplica(SchedulerConfig.vllmDefaults()));

    JsonNode json = SimulationJson.toJson(result);

    assertThat(json.get("completed").asLong()).isEqualTo(2_000);
    for (String latency : new String[] {"ttftMs", "tpotMs", "e2eMs", "queueMs"}) {
      assertThat(json.get(latency).fieldNames()).toIterable()
          .containsExactly("count", "p50", "p90", "p99", "mean");
    }
    assertThat(json.get("tpotMs").get("p90").asDouble()).isEqualTo(result.tpot().p90Ms());
    assertThat(json.get("throughputTokensPerSecond").asDouble())
        .isEqualTo(result.outputTokensPerSecond());
    assertThat(json.get("tokensPerSecondPerUser").asDouble())
        .isEqualTo(result.tokensPerSecondPerUser());
    assertThat(json.get("utilization").asDouble()).isEqualTo(result.utilization());
    assertThat(json.get("goodput").get("fraction").asDouble()).isEqualTo(1.0);
    assertThat(json.get("kvOccupancy")).hasSize(result.kvOccupancy().size());
    assertThat(json.get("kvOccupancy").get(0).has("timeSeconds")).isTrue();
  }
}
