package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepoNamesTest {

    private static final ModelCatalog CATALOG = ModelCatalog.builtIn();

    @ParameterizedTest
    @CsvSource({
            // quantised copies by another organisation (model cards on huggingface.co/nvidia, /RedHatAI, /TheBloke)
            "nvidia/DeepSeek-R1-FP4, deepseek-r1",
            "nvidia/DeepSeek-R1-0528-FP4-v2, deepseek-r1",
            "nvidia/Qwen3-32B-NVFP4, qwen3-32b",
            "nvidia/Llama-3.3-70B-Instruct-FP8, llama-3.3-70b",
            "RedHatAI/Llama-3.3-70B-Instruct-FP8-dynamic, llama-3.3-70b",
            "TheBloke/Llama-2-70B-Chat-GPTQ, llama-2-70b",
            "Qwen/Qwen2.5-72B-Instruct-AWQ, qwen2.5-72b",
            // the publisher's own quantised release
            "Qwen/Qwen3-235B-A22B-FP8, qwen3-235b-a22b",
            "meta-llama/Llama-3.1-405B-Instruct-FP8, llama-3.1-405b",
            "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8, llama-4-maverick",
            // a release whose built-in repo id carries its unquantised dtype ("-BF16" beside "-FP8", "-NVFP4")
            "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-FP8, nemotron-3-nano-30b-a3b",
            "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-NVFP4, nemotron-3-nano-30b-a3b",
            // AMD's quantised releases (MLPerf and InferenceMAX submissions name them)
            "amd/Llama-3.1-405B-Instruct-FP8-KV, llama-3.1-405b",
            "amd/Llama-3.3-70B-Instruct-FP8-KV, llama-3.3-70b",
            "amd/Llama-2-70b-chat-hf_FP8_MLPerf_V2, llama-2-70b",
            "amd/DeepSeek-R1-MXFP4-Preview, deepseek-r1",
            // reasoning releases of a built-in layout, and fine-tunes listed as aliases
            "moonshotai/Kimi-K2-Thinking, kimi-k2",
            "nvidia/Kimi-K2-Thinking-NVFP4, kimi-k2",
            "Qwen/Qwen3-235B-A22B-Thinking-2507, qwen3-235b-a22b",
            "deepseek-ai/DeepSeek-R1-Distill-Llama-70B, llama-3.3-70b",
            "zai-org/GLM-4.6-FP8, glm-4.6",
            // instruct variants and dated revisions of the same layout
            "mistralai/Mixtral-8x7B-Instruct-v0.1, mixtral-8x7b",
            "deepseek-ai/DeepSeek-V3-0324, deepseek-v3",
            "Qwen/Qwen3-235B-A22B-Instruct-2507, qwen3-235b-a22b",
            "moonshotai/Kimi-K2-Instruct-0905, kimi-k2",
            "meta-llama/Meta-Llama-3.1-70B-Instruct, llama-3.1-70b"
    })
    void aRepoPublishingABuiltInArchitectureUnderAnotherNameResolvesToIt(String repo, String id) {
        assertThat(CATALOG.require(repo).id()).isEqualTo(id);
    }

    @Test
    void aDifferentModelWithASimilarNameIsNotMatched() {
        // an EAGLE-3 draft head is another network; "-foo" is no variant word
        assertThat(CATALOG.find("nvidia/gpt-oss-120b-Eagle3")).isEmpty();
        assertThat(CATALOG.find("someone/llama-3.1-8b-foo")).isEmpty();
        // a version number is part of the name, not a revision: DeepSeek-V3 is not cut to "deepseek"
        assertThat(CATALOG.require("deepseek-ai/DeepSeek-V3-FP8").id()).isEqualTo("deepseek-v3");
    }

    @Test
    void aQuantisedRepoNameStatesItsWeightFormat() {
        assertThat(CATALOG.weightsFor("nvidia/DeepSeek-R1-0528-FP4-v2", null)).isEqualTo(Precision.NVFP4);
        assertThat(CATALOG.weightsFor("RedHatAI/Llama-3.3-70B-Instruct-FP8-dynamic", null)).isEqualTo(Precision.FP8);
        assertThat(CATALOG.weightsFor("Qwen/Qwen2.5-72B-Instruct-AWQ", null)).isEqualTo(Precision.INT4);
        assertThat(CATALOG.weightsFor("neuralmagic/Llama-3.1-8B-Instruct-quantized.w8a8", null)).isEqualTo(Precision.INT8);
        assertThat(CATALOG.weightsFor("amd/Llama-3.1-405B-Instruct-FP8-KV", null)).isEqualTo(Precision.FP8);
        assertThat(CATALOG.weightsFor("amd/DeepSeek-R1-MXFP4-Preview", null)).isEqualTo(Precision.MXFP4);
        assertThat(CATALOG.weightsFor("openai/gpt-oss-120b", null)).isNull();
        assertThat(CATALOG.weightsFor("deepseek-ai/DeepSeek-V3-0324", null)).isNull();
    }
}
