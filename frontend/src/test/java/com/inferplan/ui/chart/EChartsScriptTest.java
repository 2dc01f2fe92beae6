package com.inferplan.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EChartsScriptTest {

    @Test
    void theAddressCarriesTheVersionOfTheWebJarOnTheClasspath() throws Exception {
        var pom = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(EChartsScript.POM_PROPERTIES)) {
            pom.load(in);
        }
        // Whatever version the pom pins (5.3.1 today), the address is built from it, not from a literal.
        assertThat(EChartsScript.path()).contains("/webjars/echarts/" + pom.getProperty("version") + "/dist/echarts.min.js");
        assertThat(getClass().getResource("/META-INF/resources" + EChartsScript.path().orElseThrow())).isNotNull();
    }

    @Test
    void aBuildWithoutTheWebJarHasNoAddress() {
        assertThat(EChartsScript.pathFrom("META-INF/maven/org.webjars.npm/no-such-chart-library/pom.properties"))
                .isEmpty();
    }
}
