package com.inferplan.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReadableAxesTest {

    private static JsonNode read(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void aChartWithAxesMakesRoomForItsLabelsAndKeepsItsMargins() throws Exception {
        JsonNode out = read(ReadableAxes.addTo("{\"grid\":{\"left\":70},\"xAxis\":{\"type\":\"log\"}}"));
        assertThat(out.at("/grid/containLabel").asBoolean()).isTrue();
        assertThat(out.at("/grid/left").asInt()).isEqualTo(70);
    }

    @Test
    void everyGridOfAMultiGridChartContainsItsLabelsUnlessItChoseOtherwise() throws Exception {
        JsonNode out = read(ReadableAxes.addTo("{\"grid\":[{},{\"containLabel\":false}],\"xAxis\":[{},{}]}"));
        assertThat(out.at("/grid/0/containLabel").asBoolean()).isTrue();
        assertThat(out.at("/grid/1/containLabel").asBoolean()).isFalse();
    }

    @Test
    void aChartWithoutAxesIsLeftAsItIs() {
        String pie = "{\"series\":[{\"type\":\"pie\"}]}";
        assertThat(ReadableAxes.addTo(pie)).isEqualTo(pie);
    }
}
