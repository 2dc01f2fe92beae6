package com.inferplan.ui.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.backend.pricing.CostEstimator.UtilizationPoint;
import com.inferplan.pricing.uncertainty.TornadoChart;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealsChartsTest {

    @Test
    void comparisonDrawsBarsAtTheInputsAndWhiskersFromP10ToP90WithTheBoxCollapsedOnP50() {
        JsonNode option = DealsCharts.comparison(List.of(
                new DealsCharts.CostBar("H100 rented", 0.9259, 0.8, 0.93, 1.1),
                new DealsCharts.CostBar("Cerebras deal", 16.21, 9.381, 13.23, 18.0)));
        assertThat(option.at("/xAxis/data/1").asText()).isEqualTo("Cerebras deal");
        assertThat(option.at("/series/0/type").asText()).isEqualTo("bar");
        assertThat(option.at("/series/0/data/0").asDouble()).isEqualTo(0.9259);
        JsonNode whisker = option.at("/series/1/data/1");
        assertThat(option.at("/series/1/type").asText()).isEqualTo("boxplot");
        assertThat(whisker).hasSize(5);
        assertThat(List.of(whisker.get(0).asDouble(), whisker.get(1).asDouble(), whisker.get(2).asDouble(),
                whisker.get(3).asDouble(), whisker.get(4).asDouble()))
                .containsExactly(9.381, 13.23, 13.23, 13.23, 18.0);
    }

    @Test
    void tornadoShowsChangesFromBaseWithTheWidestSwingOnTop() {
        TornadoChart chart = new TornadoChart("usdPerMillionOutputTokens", "USD/M tokens", 2.0, List.of(
                new TornadoChart.Bar("contractValueUsd", "USD", 1.1e10, 1.9e10, 1.5, 2.6, 1.1),
                new TornadoChart.Bar("pue", "ratio", 1.1, 1.3, 1.9, 2.1, 0.2)));
        JsonNode option = DealsCharts.tornado(chart);
        // ECharts draws category 0 at the bottom, so the widest bar comes last.
        assertThat(option.at("/yAxis/data/1").asText()).startsWith("contractValueUsd (11 B – 19 B)");
        // 1.5 − 2.0 = −0.5 at the input's P10; 2.6 − 2.0 = +0.6 at its P90
        assertThat(option.at("/series/0/data/1").asDouble()).isEqualTo(-0.5);
        assertThat(option.at("/series/1/data/1").asDouble()).isEqualTo(0.6);
        assertThat(option.at("/series/1/barGap").asText()).isEqualTo("-100%");
    }

    @Test
    void utilizationCurveMarksTheChosenUtilizationAndTheTakeOrPayFloor() {
        JsonNode option = DealsCharts.utilizationCurve(List.of(new UtilizationPoint(0.5, 2.2222),
                new UtilizationPoint(1.0, 1.1111)), 0.6, 0.8);
        assertThat(option.at("/series/0/data/0/0").asDouble()).isEqualTo(50.0);
        assertThat(option.at("/series/0/data/0/1").asDouble()).isEqualTo(2.222);
        assertThat(option.at("/series/0/markLine/data/0/xAxis").asDouble()).isEqualTo(60.0);
        assertThat(option.at("/series/0/markLine/data/1/label/formatter").asText()).isEqualTo("take-or-pay floor 80%");
    }

    @Test
    void roundingKeepsFourSignificantDigits() {
        assertThat(DealsCharts.round(0.555555)).isEqualTo(0.5556);
        assertThat(DealsCharts.round(11_111_111.1)).isEqualTo(11_110_000.0);
        assertThat(DealsCharts.round(0)).isZero();
    }
}
