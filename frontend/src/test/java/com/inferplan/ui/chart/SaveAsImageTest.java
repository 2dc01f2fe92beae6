package com.inferplan.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SaveAsImageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anyChartGetsAPngButtonNamedAfterItOnAWhiteBackground() throws Exception {
        JsonNode option = JSON.readTree(SaveAsImage.addTo("{\"series\":[]}", "Pareto frontiers"));

        JsonNode save = option.at("/toolbox/feature/saveAsImage");
        assertThat(save.get("name").asText()).isEqualTo("inferplan-pareto-frontiers");
        assertThat(save.get("type").asText()).isEqualTo("png");
        assertThat(save.get("title").asText()).isEqualTo("Save as PNG");
        assertThat(save.get("backgroundColor").asText()).isEqualTo("#ffffff");
        assertThat(option.get("series").isArray()).isTrue();
    }

    @Test
    void aChartsOwnToolboxKeepsItsButtonsAndGainsTheSaveButton() throws Exception {
        JsonNode option = JSON.readTree(SaveAsImage.addTo(
                "{\"toolbox\":{\"feature\":{\"dataZoom\":{}}}}", "inferplan-cost-chart"));

        assertThat(option.at("/toolbox/feature/dataZoom").isObject()).isTrue();
        assertThat(option.at("/toolbox/feature/saveAsImage/name").asText()).isEqualTo("inferplan-cost-chart");
    }

    @Test
    void aNameWithoutLettersFallsBackToAGenericChartName() {
        assertThat(SaveAsImage.slug("—")).isEqualTo("inferplan-chart");
    }
}
