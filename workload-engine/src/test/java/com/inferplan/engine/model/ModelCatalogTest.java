package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.catalog.Precision;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

    private static final ModelCatalog CATALOG = ModelCatalog.builtIn();

    @Test
    void shipsTheLibraryWithTheOriginalTwentyFirst() {
        assertThat(CATALOG.all()).extracting(ModelArchitecture::id).startsWith(
                "gpt-oss-20b", "gpt-oss-120b", "llama-2-7b", "llama-2-13b", "llama-2-70b", "llama-3.1-8b",
                "llama-3.1-70b", "llama-3.3-70b", "llama-3.1-405b", "llama-3.2-1b", "llama-3.2-3b", "mistral-7b",
                "mixtral-8x7b", "qwen2.5-coder-7b", "qwen3-8b", "qwen3-32b", "qwen3-coder-30b-a3b",
                "qwen3-235b-a22b", "deepseek-v3", "deepseek-r1");
    }

    @Test
    void everyBuiltInCitesItsConfigAndParameterSources() {
        for (ModelArchitecture model : CATALOG.all()) {
            ModelSource source = CATALOG.source(model.id());
            assertThat(source.displayName()).as(model.id()).isEqualTo(model.displayName()).isNotBlank();
            assertThat(source.config().url()).as(model.id()).startsWith("https://");
            assertThat(source.config().date()).as(model.id()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(source.parameters().source().url()).as(model.id()).startsWith("https://");
            assertThat(source.parameters().totalBillions()).as(model.id()).isPositive();
        }
    }

    @Test
    void findAndRequireLookUpById() {
        assertThat(CATALOG.find("qwen3-8b")).get().extracting(ModelArchitecture::layers).isEqualTo(36);
        assertThat(CATALOG.find("gpt-5")).isEmpty();
        assertThatThrownBy(() -> CATALOG.require("gpt-5"))
                .isInstanceOf(UnknownModelException.class)
                .hasMessageContaining("unknown model 'gpt-5'");
    }

    @Test
    void everyModelResolvesByItsHuggingFaceRepoIdInAnyCase() {
        for (ModelArchitecture model : CATALOG.all()) {
            String repo = CATALOG.source(model.id()).huggingFaceId();
            assertThat(CATALOG.require(repo)).as(repo).isSameAs(model);
            assertThat(CATALOG.require(repo.toUpperCase(java.util.Locale.ROOT))).as(repo).isSameAs(model);
            assertThat(CATALOG.require(" " + model.id().toUpperCase(java.util.Locale.ROOT) + " ")).isSameAs(model);
        }
    }

    @Test
    void anUnknownRepoIdNamesTheNearestKnownOnes() {
        assertThatThrownBy(() -> CATALOG.require("meta-llama/Llama-3.1-8B-Instruc"))
                .isInstanceOfSatisfying(UnknownModelException.class, e -> assertThat(e.nearMatches())
                        .first().asString().containsIgnoringCase("llama-3.1-8b"))
                .hasMessageContaining("did you mean");
        assertThatThrownBy(() -> CATALOG.require("qwen3-9b"))
                .isInstanceOfSatisfying(UnknownModelException.class,
                        e -> assertThat(e.nearMatches()).contains("qwen3-8b"));
    }

    @Test
    void familyFeaturesSurviveImport() {
        ModelArchitecture gptOss = CATALOG.require("gpt-oss-120b");
        assertThat(gptOss.attentionSinks()).isTrue();
        assertThat(gptOss.attentionBias()).isEqualTo(AttentionBias.QKVO);
        assertThat(gptOss.attentionPattern().get(0)).isEqualTo(AttentionWindow.sliding(128));
        assertThat(gptOss.attentionPattern().get(1)).isEqualTo(AttentionWindow.FULL);
        assertThat(gptOss.nativePrecisions().experts()).isEqualTo(Precision.MXFP4);
        assertThat(gptOss.nativePrecisions().attention()).isEqualTo(Precision.BF16);
        assertThat(CATALOG.require("qwen3-32b").qkNorm()).isTrue();
        assertThat(CATALOG.require("qwen2.5-coder-7b").attentionBias()).isEqualTo(AttentionBias.QKV);
        assertThat(CATALOG.require("llama-3.2-1b").tiedEmbeddings()).isTrue();
        assertThat(CATALOG.require("llama-3.1-405b").kvHeads()).isEqualTo(8);
        assertThat(CATALOG.require("deepseek-r1").mla().kvLoraRank()).isEqualTo(512);
        assertThat(CATALOG.require("qwen3-235b-a22b").moe().expertIntermediate()).isEqualTo(1536);
    }
}
