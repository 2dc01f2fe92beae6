package com.inferplan.engine.profile.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.engine.model.ModelCatalog;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.ProfileRequest;
import com.inferplan.engine.profile.Profiler;
import org.junit.jupiter.api.Test;

class ProfileExportTest {

    private static final ExecutionProfile PROFILE =
            Profiler.profile(ModelCatalog.builtIn().require("llama-3.1-8b"), ProfileRequest.decode(1, 1024));

    @Test
    void jsonCarriesModelParametersKvRateOperatorsAndTotals() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ProfileJson.write(PROFILE));
        assertThat(json.path("model").asText()).isEqualTo("llama-3.1-8b");
        assertThat(json.path("parameters").path("total").asLong()).isEqualTo(8_030_261_248L);
        assertThat(json.path("kvBytesPerToken").asDouble()).isEqualTo(131_072.0);
        assertThat(json.path("operators").size()).isEqualTo(PROFILE.operators().size());
        JsonNode q = json.path("operators").get(2);
        assertThat(q.path("name").asText()).isEqualTo("q_proj");
        assertThat(q.path("layerCount").asInt()).isEqualTo(32);
        assertThat(q.path("flops").asDouble()).isEqualTo(33_554_432.0);
        assertThat(q.path("bytes").path("weights").asDouble()).isEqualTo(33_554_432.0);
        assertThat(json.path("totals").path("flops").asDouble()).isEqualTo(PROFILE.flops());
        assertThat(json.path("totals").path("bytes").path("total").asDouble()).isEqualTo(PROFILE.bytes());
    }

    @Test
    void csvHasAHeaderAndOneRowPerOperator() {
        String[] lines = ProfileCsv.write(PROFILE).split("\n");
        assertThat(lines[0]).isEqualTo(ProfileCsv.HEADER);
        assertThat(lines).hasSize(PROFILE.operators().size() + 1);
        assertThat(lines[3]).startsWith("llama-3.1-8b,dense.full,q_proj,GEMM,32,bf16,33554432,33554432,");
    }

    @Test
    void csvNumbersAvoidExponents() {
        assertThat(ProfileCsv.number(1.5e12)).isEqualTo("1500000000000");
        assertThat(ProfileCsv.number(0.53125)).isEqualTo("0.53125");
    }
}
