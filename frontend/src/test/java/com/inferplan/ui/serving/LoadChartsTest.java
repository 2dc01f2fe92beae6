package com.inferplan.ui.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.engine.loadtest.LoadPoint;
import com.inferplan.engine.serving.Goodput;
import com.inferplan.engine.serving.KvSample;
import com.inferplan.engine.serving.LatencySummary;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.Slo;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadChartsTest {

    private static final Slo SLO = new Slo(2000, 200, 99);

    private static LoadPoint point(double rate, double ttftP50Ms, double tpotP50Ms, double goodFraction) {
        LatencySummary ttft = new LatencySummary(100, ttftP50Ms, 2 * ttftP50Ms, 3 * ttftP50Ms, ttftP50Ms);
        LatencySummary tpot = new LatencySummary(100, tpotP50Ms, tpotP50Ms, tpotP50Ms, tpotP50Ms);
        Goodput goodput = new Goodput(SLO, goodFraction, goodFraction * rate, goodFraction >= 0.99);
        return new LoadPoint(rate, new SimulationResult(100, 0, 0, 100 / rate, ttft, tpot, ttft, ttft, 1 / tpotP50Ms,
                250 * rate, 1000 * rate, 0.5, 1, goodput, List.of(new KvSample(1, 0.25))));
    }

    private static JsonNode read(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void latencyPlotsPercentilesAgainstRateOnALogAxisAndMarksTheSloLimit() throws Exception {
        JsonNode option = read(LoadCharts.latencyAgainstLoad(List.of(point(2, 200, 10, 1), point(4, 900, 30, 0.5)), 3.5));

        assertThat(option.at("/yAxis/0/type").asText()).isEqualTo("log");
        assertThat(option.at("/series/0/name").asText()).isEqualTo("TTFT p50");
        assertThat(option.at("/series/0/data/1/0").asDouble()).isEqualTo(4);
        assertThat(option.at("/series/0/data/1/1").asDouble()).isEqualTo(900);
        assertThat(option.at("/series/2/data/1/1").asDouble()).isEqualTo(2700);
        assertThat(option.at("/series/3/yAxisIndex").asInt()).isEqualTo(1);
        assertThat(option.at("/series/0/markLine/data/0/xAxis").asDouble()).isEqualTo(3.5);
    }

    @Test
    void withoutAnSloLimitNothingIsMarkedAndNoNaNReachesTheJson() {
        String json = LoadCharts.latencyAgainstLoad(List.of(point(2, 200, 10, 1)), Double.NaN);

        assertThat(json).doesNotContain("markLine").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void goodputShowsGoodRequestsAndTheShareMeetingTheSloAgainstItsTarget() throws Exception {
        JsonNode option = read(LoadCharts.goodputAgainstLoad(List.of(point(2, 200, 10, 1), point(4, 900, 30, 0.5)),
                3.5, SLO));

        // 50% of 4 requests/s are good: 2 good requests/s, and 50 on the percent axis
        assertThat(option.at("/series/0/data/1/1").asDouble()).isEqualTo(2);
        assertThat(option.at("/series/1/data/1/1").asDouble()).isEqualTo(50);
        assertThat(option.at("/series/1/markLine/data/0/yAxis").asDouble()).isEqualTo(99);
    }

    @Test
    void kvOccupancyIsInPercentOfCapacity() throws Exception {
        JsonNode option = read(LoadCharts.kvOccupancy(List.of(new KvSample(1.5, 0.25), new KvSample(3, 0.5))));

        assertThat(option.at("/series/0/data/0/0").asDouble()).isEqualTo(1.5);
        assertThat(option.at("/series/0/data/0/1").asDouble()).isEqualTo(25);
        assertThat(option.at("/series/0/data/1/1").asDouble()).isEqualTo(50);
    }
}
