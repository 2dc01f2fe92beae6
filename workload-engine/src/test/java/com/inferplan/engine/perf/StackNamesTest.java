package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.HardwareCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackNamesTest {

    private static final EfficiencyTable TABLE = EfficiencyTable.builtIn();

    @ParameterizedTest
    @CsvSource({
            "TensorRT-LLM, nvidia-h200-sxm, trtllm",
            "tensorrt_llm, nvidia-b200, trtllm",
            "TRT-LLM, nvidia-h100-sxm, trtllm",
            "SGLang, nvidia-h200-sxm, sglang",
            "vLLM, amd-mi300x, vllm",
            "NxDI, aws-trainium2, neuron",
            "transformers-neuronx, aws-inferentia2, neuron"
    })
    void aStacksOtherSpellingsResolveToItsOwnModel(String name, String hardware, String stack) {
        assertThat(TABLE.isKnownFramework(name)).isTrue();
        Efficiencies e = TABLE.resolve(HardwareCatalog.builtIn().require(hardware), name, null);
        assertThat(e.framework()).isEqualTo(stack);
        assertThat(e.provenance()).noneMatch(p -> p.contains("is not known"));
    }

    @ParameterizedTest
    @CsvSource({"llama.cpp, nvidia-h100-sxm", "TGI, nvidia-h100-sxm"})
    void anUnknownStackIsPredictedWithTheFamilysGenericOneAndSaysSo(String name, String hardware) {
        Efficiencies e = TABLE.resolve(HardwareCatalog.builtIn().require(hardware), name, null);
        assertThat(TABLE.isKnownFramework(name)).isFalse();
        assertThat(e.provenance()).anyMatch(p -> p.contains("is not known"));
    }
}
