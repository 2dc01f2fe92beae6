package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

class ModelsIT extends BrowserJourney {

    private static final String LLAMA_1B = """
            {"model_type":"llama","hidden_size":2048,"intermediate_size":8192,"num_hidden_layers":16,
             "num_attention_heads":32,"num_key_value_heads":8,"head_dim":64,"vocab_size":128256,
             "max_position_embeddings":131072,"tie_word_embeddings":true}""";

    private Locator gridCell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    @Test
    void malformedConfigIsRejectedPerFieldThenAValidOneIsImportedAndProfiled() {
        open("/models");
        page.locator("#import-model").click();
        page.locator("#model-id input").fill("my-llama-1b");
        page.locator("#model-config textarea").fill(LLAMA_1B.replace("\"num_hidden_layers\":16,", ""));
        page.locator("#model-import").click();
        assertThat(page.locator("#model-import-errors")).containsText("config.num_hidden_layers");
        screenshot("models-import-invalid");

        page.locator("#model-config textarea").fill(LLAMA_1B);
        page.locator("#model-import").click();
        assertThat(gridCell("my-llama-1b")).isVisible();

        gridCell("my-llama-1b").click();
        assertThat(page.locator("#profile-summary")).containsText("KV cache");
        assertThat(page.locator(".echart").first()).hasAttribute("data-rendered", "true");
        screenshot("models-profile");
    }

    @Test
    void aMamba2HybridIsFoundBySearchFilteredByItsAttentionKindAndProfiled() {
        open("/models");
        page.locator("#models-search input").fill("nemotron");
        assertThat(gridCell("NVIDIA Nemotron 3 Nano 30B-A3B")).isVisible();
        assertThat(gridCell("GQA + Mamba-2").first()).isVisible();
        page.locator("#models-attention").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("GQA + Mamba-2")).click();
        assertThat(gridCell("Llama 3.1 Nemotron")).isHidden();
        assertThat(gridCell("Nemotron-H 8B Base")).isVisible();

        gridCell("NVIDIA Nemotron 3 Nano 30B-A3B").click();
        assertThat(page.locator("#model-facts")).containsText("nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16");
        // 6 attention layers' KV per token, 23 Mamba-2 layers' state per sequence (KvCacheLayoutTest works both)
        assertThat(page.locator("#profile-summary")).containsText("KV cache 6.144 kB per token + 24.97 MB of recurrent state per sequence");
        assertThat(gridCell("ssm").first()).isVisible();
        assertThat(page.locator(".echart").first()).hasAttribute("data-rendered", "true");
        screenshot("models-mamba2-hybrid");
    }

    @Test
    void theLinkOpensTheModelsProfile() {
        open("/models?model=deepseek-v3");
        assertThat(page.locator("#profile-summary")).containsText("Step total");
        assertThat(page.locator("#profile-table")).isVisible();
    }
}
