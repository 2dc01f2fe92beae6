package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class EfficiencyFileSchemaTest {

    /** A valid document; line 7 is the family's memoryEfficiency. */
    private static final String DOCUMENT = """
            {
              "version": "v",
              "about": "a",
              "families": {
                "gpu": {
                  "computeEfficiency": {"default": 0.7, "ATTENTION": 0.55},
                  "memoryEfficiency": {"default": 0.72},
                  "layerOverheadSeconds": 4e-06,
                  "pipelineHopSeconds": 1.5e-05,
                  "collectiveLatencySeconds": 2e-06,
                  "collectiveOverheadSeconds": 2e-05,
                  "defaultFramework": "vllm",
                  "planner": {"reserveFraction": 0.1, "chipGranularity": 1, "powerOfTwoChips": true,
                              "maxTensorParallel": 8, "maxChipsPerReplica": 64, "expertParallel": false},
                  "justification": "j",
                  "sources": [{"title": "t", "url": "https://example.org/a", "date": "2025", "status": "s"}]
                },
                "gpu/AMD": {"parent": "gpu", "memoryEfficiency": {"ATTENTION": 0.65}, "justification": "j", "sources": []}
              },
              "frameworks": {
                "vllm": {"stepOverheadSeconds": 0.0012, "maxBatch": 256, "prefillChunkTokens": 8192,
                         "justification": "j", "sources": [],
                         "generations": [{"from": "2025-01-27", "label": "V1", "stepOverheadSeconds": 0.0005}]}
              }
            }
            """;

    private static EfficiencyTable parse(String json) {
        return EfficiencyTable.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failsAt(String json, String key) {
        return assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(DataFileException.class, e -> {
            assertThat(e.file()).isEqualTo("test.json");
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.line()).isPositive();
        });
    }

    @Test
    void theSmallDocumentAndAChildFamilyStatingOnlyWhatItChangesPass() {
        assertThat(parse(DOCUMENT).frameworks()).containsExactly("vllm");
    }

    @Test
    void aMisspeltKeyFailsWithItsPathAndLine() {
        failsAt(DOCUMENT.replace("\"memoryEfficiency\": {\"default\"", "\"memoryEfficency\": {\"default\""),
                "families.gpu.memoryEfficency").hasMessageContaining("unknown key").hasMessageContaining("memoryEfficiency")
                .satisfies(e -> assertThat(((DataFileException) e).line()).isEqualTo(7));
    }

    @Test
    void aMisspeltKeyInsideAGenerationIsNamedByItsIndex() {
        failsAt(DOCUMENT.replace("\"label\": \"V1\", \"stepOverheadSeconds\"", "\"label\": \"V1\", \"stepOverheadSecond\""),
                "frameworks.vllm.generations[0].stepOverheadSecond").hasMessageContaining("stepOverheadSeconds")
                .satisfies(e -> assertThat(((DataFileException) e).line()).isEqualTo(23));
    }

    @Test
    void malformedJsonFailsWithItsLine() {
        failsAt(DOCUMENT.replace("\"about\": \"a\",", "\"about\": \"a\""), "").hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(((DataFileException) e).line()).isEqualTo(4));
    }

    @Test
    void aMisspeltOperatorKindFailsWithTheKindsItMayBe() {
        failsAt(DOCUMENT.replace("\"ATTENTION\": 0.55", "\"ATTENTOIN\": 0.55"), "families.gpu.computeEfficiency.ATTENTOIN")
                .hasMessageContaining("EXPERT_GEMM");
    }

    @Test
    void aFamilyWithoutParentMissingAFigureFailsNamingIt() {
        failsAt(DOCUMENT.replace("\"pipelineHopSeconds\": 1.5e-05,", ""), "families.gpu.pipelineHopSeconds")
                .hasMessageContaining("missing key");
    }

    @Test
    void aStackMissingItsBatchLimitFailsNamingIt() {
        failsAt(DOCUMENT.replace("\"maxBatch\": 256, ", ""), "frameworks.vllm.maxBatch").hasMessageContaining("missing key");
    }

    @Test
    void aNumberWrittenAsTextOrAFractionalBatchFailsAsTheWrongType() {
        failsAt(DOCUMENT.replace("\"maxBatch\": 256", "\"maxBatch\": \"256\""), "frameworks.vllm.maxBatch")
                .hasMessageContaining("wrong type");
        failsAt(DOCUMENT.replace("\"maxBatch\": 256", "\"maxBatch\": 25.6"), "frameworks.vllm.maxBatch")
                .hasMessageContaining("wrong type");
    }

    @Test
    void anEfficiencyAbovePeakFailsWithItsValueAndRange() {
        failsAt(DOCUMENT.replace("{\"default\": 0.72}", "{\"default\": 1.2}"), "families.gpu.memoryEfficiency.default")
                .hasMessageContaining("1.2").hasMessageContaining("(0, 1]");
    }

    @Test
    void aDequantisingWeightScaleAbovePeakFailsWithItsValueAndRange() {
        failsAt(DOCUMENT.replace("\"memoryEfficiency\": {\"default\": 0.72},",
                        "\"memoryEfficiency\": {\"default\": 0.72}, \"dequantisingWeightMemoryScale\": 1.5,"),
                "families.gpu.dequantisingWeightMemoryScale").hasMessageContaining("1.5").hasMessageContaining("(0, 1]");
    }

    @Test
    void aReserveOfTheWholeMemoryFailsWithItsValue() {
        failsAt(DOCUMENT.replace("\"reserveFraction\": 0.1", "\"reserveFraction\": 1.0"),
                "families.gpu.planner.reserveFraction").hasMessageContaining("1.0").hasMessageContaining("[0, 1)");
    }

    @Test
    void aFullRateExpertFormatThatIsNoPrecisionFailsNamingItsIndex() {
        failsAt(DOCUMENT.replace("\"label\": \"V1\",", "\"label\": \"V1\", \"fullRateExpertWeights\": [\"mxfp4\", \"mxfp5\"],"),
                "frameworks.vllm.generations[0].fullRateExpertWeights[1]").hasMessageContaining("mxfp5")
                .hasMessageContaining("nvfp4");
    }

    @Test
    void aNegativeOverheadFails() {
        failsAt(DOCUMENT.replace("\"stepOverheadSeconds\": 0.0005", "\"stepOverheadSeconds\": -0.0005"),
                "frameworks.vllm.generations[0].stepOverheadSeconds").hasMessageContaining("-5.0E-4");
    }

    @Test
    void aGenerationCitingItsOwnSourcesFails() {
        failsAt(DOCUMENT.replace("\"label\": \"V1\",", "\"label\": \"V1\", \"sources\": [],"),
                "frameworks.vllm.generations[0].sources").hasMessageContaining("not allowed");
    }

    @Test
    void aDefaultStackOrParentTheFileLacksFails() {
        failsAt(DOCUMENT.replace("\"defaultFramework\": \"vllm\"", "\"defaultFramework\": \"vlm\""),
                "families.gpu.defaultFramework").hasMessageContaining("vlm");
        failsAt(DOCUMENT.replace("\"parent\": \"gpu\"", "\"parent\": \"gpus\""), "families.gpu/AMD.parent")
                .hasMessageContaining("gpus");
    }

    @Test
    void theBuiltInFilesPassAndEveryScheduledStackHasEfficiencies() {
        assertThatCode(EfficiencyTable::builtIn).doesNotThrowAnyException();
        for (String stack : new String[] {"vllm", "sglang", "trtllm", "jetstream", "neuron"}) {
            assertThat(StackSchedulers.builtIn().find(stack)).as(stack).isPresent();
            assertThat(EfficiencyTable.builtIn().isKnownFramework(stack)).as(stack).isTrue();
        }
    }
}
