package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.engine.serving.PrefillPolicy;
import com.inferplan.engine.serving.SchedulerConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StackSchedulersTest {

    private static final String ENTRY = """
              "prefillPolicy": "chunked-mixed",
              "tokenBudget": 8192,
              "kvBlockTokens": 16,
              "requestOverheadSeconds": 0.004,
              "estimate": false,
              "sources": "s",
              "informedBy": "i"
            """;

    private static StackSchedulers parse(String stackBody) {
        String json = "{\n  \"about\": \"a\",\n  \"stacks\": {\n    \"x\": {\n" + stackBody + "    }\n  }\n}\n";
        return StackSchedulers.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void theBuiltInFileNamesEachGpuStacksScheduler() {
        StackSchedulers s = StackSchedulers.builtIn();
        assertThat(s.find("vllm")).get().extracting(StackScheduler::prefillPolicy).isEqualTo(PrefillPolicy.CHUNKED_MIXED);
        assertThat(s.find("sglang")).get().extracting(StackScheduler::prefillPolicy)
                .isEqualTo(PrefillPolicy.CHUNKED_PREFILL_FIRST);
        assertThat(s.find("trtllm")).get().extracting(StackScheduler::prefillPolicy).isEqualTo(PrefillPolicy.WHOLE_MIXED);
        assertThat(s.find("no-such-stack")).isEmpty();
    }

    @Test
    void vllmServedThroughItsHttpServerTakesOnePromptPerIterationAndOfflineAsManyAsTheBudgetHolds() {
        StackScheduler vllm = StackSchedulers.builtIn().find("vllm").orElseThrow();
        assertThat(vllm.servedConfig(1, 256).maxPromptsPerStep()).isEqualTo(1);
        assertThat(vllm.servedConfig(4, 256).maxPromptsPerStep()).isEqualTo(4);
        assertThat(vllm.config(1, 256).maxPromptsPerStep()).isEqualTo(SchedulerConfig.ANY_PROMPTS);
    }

    @Test
    void withoutAServedFigureServedRequestsAreAdmittedAsOfflineOnes() {
        StackScheduler x = parse(ENTRY.replace("\"estimate\"", "\"promptsPerPrefillStep\": 2,\n  \"estimate\""))
                .find("x").orElseThrow();
        assertThat(x.servedConfig(1, 256).maxPromptsPerStep()).isEqualTo(2);
        assertThatThrownBy(() -> parse(ENTRY.replace("\"estimate\"", "\"servedPromptsPerPrefillStep\": 0,\n  \"estimate\"")))
                .hasMessageContaining("servedPromptsPerPrefillStep");
    }

    @Test
    void aMisspeltKeyFailsWithTheFileTheKeyAndTheLine() {
        assertThatThrownBy(() -> parse(ENTRY.replace("\"tokenBudget\"", "\"tokenBuget\"")))
                .isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("test.json");
                    assertThat(e.key()).isEqualTo("stacks.x.tokenBuget");
                    assertThat(e.line()).isEqualTo(6);
                });
    }

    @Test
    void aMissingKeyFailsNamingIt() {
        assertThatThrownBy(() -> parse(ENTRY.replace("  \"kvBlockTokens\": 16,\n", "")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("kvBlockTokens").hasMessageContaining("missing");
    }

    @Test
    void anUnknownPolicyFailsWithTheKnownOnes() {
        assertThatThrownBy(() -> parse(ENTRY.replace("chunked-mixed", "chunky")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("stacks.x")
                .hasMessageContaining("chunked-prefill-first");
    }

    @Test
    void anEmptyBudgetOrAnOverheadWrittenAsTextFailsWithItsPath() {
        assertThatThrownBy(() -> parse(ENTRY.replace("8192", "0")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("stacks.x.tokenBudget").hasMessageContaining(">= 1");
        assertThatThrownBy(() -> parse(ENTRY.replace("0.004", "\"0.004\"")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("stacks.x.requestOverheadSeconds")
                .hasMessageContaining("wrong type");
    }
}
