package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Names people type are shown as text everywhere (issue 16, decision 0813): a stored
 * {@code <img src=x onerror=…>} in a chip's and a model's name runs nothing in the catalog, the models
 * view or the evaluate page's charts and tooltips, and is visible literally.
 */
class StoredTextIsShownAsTextIT extends BrowserJourney {

    private static final String HOSTILE = "<img src=x onerror=\\\"document.title='xss'\\\">";
    private static final String SHOWN = "<img src=x onerror=\"document.title='xss'\">";

    @Test
    void hostileNamesRunNothingInTheCatalogModelsAndCharts() throws Exception {
        post("/api/v1/hardware", """
                {"id":"hostile-x1","vendor":"%s","name":"%s","year":2026,"kind":"gpu","bf16Tflops":900,
                 "memoryKind":"hbm","memoryGb":141,"memoryTbPerSecond":4.8,"sourceTitle":"%s",
                 "sourceUrl":"https://example.com/x1","status":"THIRD_PARTY"}""".formatted(HOSTILE, HOSTILE, HOSTILE));
        post("/api/v1/models", """
                {"id":"hostile-llama","displayName":"%s","config":{"model_type":"llama","hidden_size":2048,
                 "intermediate_size":8192,"num_hidden_layers":16,"num_attention_heads":32,"num_key_value_heads":8,
                 "head_dim":64,"vocab_size":128256,"max_position_embeddings":131072,"tie_word_embeddings":true,
                 "rms_norm_eps":1e-5,"rope_theta":500000.0,"torch_dtype":"bfloat16"}}""".formatted(HOSTILE));

        open("/hardware?selected=hostile-x1");
        assertThat(page.locator("#hardware-details")).containsText(SHOWN);
        open("/models?model=hostile-llama");
        assertThat(page.locator("#profile-summary")).containsText("Step total");
        assertThat(page.getByText(SHOWN).first()).isVisible();
        open("/evaluate?model=hostile-llama&hardware=hostile-x1");
        page.locator("#pareto-compare").click();
        assertThat(page.locator("#pareto-chart")).hasAttribute("data-rendered", "true");
        page.locator("#pareto-chart").hover();
        screenshot("stored-text-as-text");

        assertThat(page.title()).isNotEqualTo("xss");
        assertThat(page.locator("img[src='x']")).hasCount(0);
    }

    private void post(String path, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", app.adminAuthorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
