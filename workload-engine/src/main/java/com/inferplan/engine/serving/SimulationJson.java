package com.inferplan.engine.serving;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CLI's {@code simulate} output. Field names are a public contract, spelled out here rather than
 * derived from record components so that renaming Java code cannot change the JSON.
 */
public final class SimulationJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SimulationJson() {}

  public static ObjectNode toJson(SimulationResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("completed", result.completed());
    root.put("rejected", result.rejected());
    root.put("preemptions", result.preemptions());
    root.put("durationSeconds", result.durationSeconds());
    root.set("ttftMs", latency(result.ttft()));
    root.set("tpotMs", latency(result.tpot()));
    root.set("e2eMs", latency(result.endToEnd()));
    root.set("queueMs", latency(result.queueing()));
    root.put("throughputTokensPerSecond", result.outputTokensPerSecond());
    root.put("inputTokensPerSecond", result.inputTokensPerSecond());
    root.put("requestsPerSecond", result.requestsPerSecond());
    root.put("tokensPerSecondPerUser", result.tokensPerSecondPerUser());
    root.put("utilization", result.utilization());
    root.put("meanRequestsInSystem", result.meanRequestsInSystem());
    root.set("goodput", goodput(result.goodput()));
    root.set("kvOccupancy", occupancy(result));
    return root;
  }

  public static String toJsonString(SimulationResult result) {
    return toJson(result).toPrettyString();
  }

  private static ObjectNode latency(LatencySummary summary) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("count", summary.count());
    node.put("p50", summary.p50Ms());
    node.put("p90", summary.p90Ms());
    node.put("p99", summary.p99Ms());
    node.put("mean", summary.meanMs());
    return node;
  }

  private static ObjectNode goodput(Goodput goodput) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("fraction", goodput.fraction());
    node.put("requestsPerSecond", goodput.requestsPerSecond());
    node.put("attained", goodput.attained());
    node.put("sloTtftMs", goodput.slo().ttftMs());
    node.put("sloTpotMs", goodput.slo().tpotMs());
    node.put("sloAttainmentPercent", goodput.slo().attainmentPercent());
    return node;
  }

  private static ArrayNode occupancy(SimulationResult result) {
    ArrayNode series = MAPPER.createArrayNode();
    for (KvSample sample : result.kvOccupancy()) {
      series.addObject()
          .put("timeSeconds", sample.timeSeconds())
          .put("occupancy", sample.occupancy());
    }
    return series;
  }
}
