package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A shared link keeps its numbers after the catalog changes (decision 0708), the published example says
 * which figures are inputs and which are computed and sweeps its TPOT limit (0709), and a download
 * that cannot be made says why on the page (0710).
 */
class SharedLinkTermsIT extends BrowserJourney {

    @Test
    void aLinkMadeUnderAnOlderDealTemplateOpensWithThatTemplatesNumbers() throws Exception {
        open("/?example=codex-spark");
        waitForAnswer(page);
        JsonObject today = JsonParser.parseString(ScenarioLinks.scenarioJson(page)).getAsJsonObject();
        JsonObject terms = cs3Terms(today);
        assertThat(terms.get("hardware").getAsString()).isEqualTo("cerebras-cs-3");
        double contract = terms.getAsJsonObject("basis").get("contractValueUsd").getAsDouble();
        JsonObject todayCost = cost(results(today.toString()));
        double todayUsd = todayCost.getAsJsonObject("usdPerMillionBlendedTokens").get("value").getAsDouble();

        // As if the template said 1.25 × today's contract value and range when the link was made: the
        // deal's $/chip-hour is contract value over contracted chip-hours, so $/M and its P90 scale by 1.25.
        JsonObject older = today.deepCopy();
        cs3Terms(older).getAsJsonObject("basis").addProperty("contractValueUsd", contract * 1.25);
        JsonObject range = cs3Terms(older).getAsJsonObject("uncertainty").getAsJsonObject("contractValueUsd");
        range.addProperty("min", range.get("min").getAsDouble() * 1.25);
        range.addProperty("max", range.get("max").getAsDouble() * 1.25);
        JsonObject olderCost = cost(results(older.toString()));
        double olderUsd = olderCost.getAsJsonObject("usdPerMillionBlendedTokens").get("value").getAsDouble();
        assertThat(olderUsd).isCloseTo(1.25 * todayUsd, within(1e-9 * todayUsd));
        double todayP90 = todayCost.getAsJsonObject("blendedSpread").get("p90").getAsDouble();
        assertThat(olderCost.getAsJsonObject("blendedSpread").get("p90").getAsDouble())
                .isCloseTo(1.25 * todayP90, within(1e-9 * todayP90));

        BrowserContext other = newContext();
        try {
            Page fresh = other.newPage();
            fresh.navigate(app.url("/?s=" + ScenarioLinks.link(older.toString())));
            waitForAnswer(fresh);
            assertThat(fresh.locator("#candidate-0-usd")).hasText(usd(olderUsd));
            assertThat(fresh.locator("#candidate-0")).containsText("deal openai-cerebras-2026, terms from the link");
            assertThat(fresh.locator("#candidate-0")).containsText("differ from today's catalog: contractValueUsd");
            // the address keeps carrying the link's terms, not today's
            JsonObject kept = JsonParser.parseString(ScenarioLinks.scenarioJson(fresh.url())).getAsJsonObject();
            assertThat(cs3Terms(kept).getAsJsonObject("basis").get("contractValueUsd").getAsDouble())
                    .isEqualTo(contract * 1.25);
            fresh.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(artifactsDir().resolve("explorer-link-with-older-terms.png")));
            fresh.locator("#candidate-0").getByText("differ from today's catalog").scrollIntoViewIfNeeded();
            fresh.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(artifactsDir().resolve("explorer-link-with-older-terms-note.png")));
        } finally {
            other.close();
        }
    }

    @Test
    void theExampleLabelsItsFiguresAndShowsTheOptionsAtTenTwentyAndFortyMilliseconds() {
        open("/?example=codex-spark");
        waitForAnswer(page);
        assertThat(page.locator("#explorer-example-panel")).containsText("Input taken from the publication");
        assertThat(page.locator("#explorer-example-panel")).containsText("Computed by the engine");
        page.locator("#explorer-example-panel").scrollIntoViewIfNeeded();
        screenshot("explorer-example-claims-labelled");
        assertThat(page.locator("#explorer-example-slo-sweep tbody tr")).hasCount(12);
        assertThat(page.locator("#explorer-example-slo-sweep")).containsText("p90 ≤ 10 ms");
        assertThat(page.locator("#explorer-example-slo-sweep")).containsText("p90 ≤ 40 ms");
        page.locator("#explorer-example-slo-sweep").scrollIntoViewIfNeeded();
        screenshot("explorer-example-slo-sweep");
    }

    @Test
    void aReportThatCannotBeMadeSaysWhyAndTheLinkRecovers() throws Exception {
        open("/?example=codex-spark");
        waitForAnswer(page);
        // Record every state the link shows: pushed while the file is made, so a person sees it.
        page.locator("#explorer-export-xlsx").evaluate("el => { window.linkStates = []; new MutationObserver(() =>"
                + " window.linkStates.push((el.getAttribute('aria-busy') || '-') + ' ' + el.textContent.trim()))"
                + ".observe(el, {subtree: true, childList: true, characterData: true, attributes: true}); }");
        Download ok = page.waitForDownload(() -> page.locator("#explorer-export-xlsx").click());
        assertThat(ok.failure()).isNull();
        page.waitForCondition(() -> String.valueOf(page.evaluate("window.linkStates.join('|')")).endsWith("- XLSX"));
        assertThat(String.valueOf(page.evaluate("window.linkStates.join('|')"))).contains("true XLSX: building…");
        assertThat(page.locator("#explorer-export-xlsx")).hasText("XLSX");
        assertThat(page.locator("#explorer-export-xlsx")).not().hasAttribute("aria-busy", "true");

        JsonObject broken = JsonParser.parseString(ScenarioLinks.scenarioJson(page)).getAsJsonObject();
        cs3Terms(broken).getAsJsonObject("basis").addProperty("takeOrPayShare", 1.5);
        open("/?s=" + ScenarioLinks.link(broken.toString()));
        assertThat(page.locator("#explorer-headline")).containsText("Fix the highlighted inputs");
        page.locator("#explorer-export-pdf").click();
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("could not be made"))).containsText("candidates[0].cost.terms.basis");
        assertThat(page.locator("#explorer-export-pdf")).hasText("PDF (A4)");
        screenshot("explorer-download-error");
    }

    private static JsonObject cs3Terms(JsonObject scenario) {
        return scenario.getAsJsonArray("candidates").get(0).getAsJsonObject().getAsJsonObject("cost")
                .getAsJsonObject("terms");
    }

    private static JsonObject cost(JsonObject answer) {
        return answer.getAsJsonArray("candidates").get(0).getAsJsonObject().getAsJsonObject("cost");
    }

    /** As the page writes it (Wording.usd): two decimals, two significant digits below 10 cents. */
    private static String usd(double value) {
        return value < 0.1 ? "$" + String.format(Locale.ROOT, "%.2g", value) : "$" + String.format(Locale.ROOT, "%,.2f", value);
    }

    private static void waitForAnswer(Page p) {
        assertThat(p.locator("#explorer-headline")).not().isEmpty();
        assertThat(p.locator("#candidate-0")).isVisible();
    }

    private static JsonObject results(String scenarioJson) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.url("/api/v1/scenarios/results")))
                .header("Content-Type", "application/json").header("Authorization", app.adminAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(scenarioJson)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
