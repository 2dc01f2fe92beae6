package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scenario explorer as an executive meets it: the landing page, the published example, live
 * recomputation checked against the REST answer for the same scenario, saving, shared links in a
 * fresh browser, and two people saving the same scenario.
 */
class ScenarioIT extends BrowserJourney {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?(e-?[0-9]+)?");

    private static void waitForAnswer(Page p) {
        assertThat(p.locator("#explorer-headline")).not().isEmpty();
        assertThat(p.locator("#candidate-0")).isVisible();
    }

    private static void pick(Page p, String comboId, String text) {
        p.locator("#" + comboId + " input").fill(text);
        p.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void choose(Page p, String selectId, String text) {
        p.locator("#" + selectId).click();
        p.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void type(Page p, String fieldId, String value) {
        p.locator("#" + fieldId + " input").fill(value);
        p.locator("#" + fieldId + " input").press("Tab");
    }

    @Test
    void theLandingPageOpensThePublishedExampleAndItsHeadlineNamesTheWafer() {
        open("/");
        waitForAnswer(page);
        screenshot("explorer-landing");
        page.locator("#explorer-example").click();
        // the address holds the whole example scenario, not just the request to open it
        assertThat(page).hasURL(Pattern.compile("^(?=.*[?&]example=codex-spark)(?=.*[?&]s=[A-Za-z0-9_-]{40,}).*$"));
        assertThat(page.locator("#explorer-headline")).containsText("CS-3");
        assertThat(page.locator("#explorer-headline")).containsText("tokens/s per developer");
        assertThat(page.locator("#explorer-headline")).containsText("deal openai-cerebras-2026");
        assertThat(page.locator("#candidate-0-slo")).hasText("SLO met");
        assertThat(page.locator("#explorer-example-panel")).containsText("2–3 vs 15–17");
        assertThat(page.locator("#explorer-pareto")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#explorer-cost")).hasAttribute("data-rendered", "true");
        screenshot("explorer-example");

        page.locator("#candidate-0-usd").click();
        Locator dialog = page.locator("vaadin-dialog-overlay");
        assertThat(dialog).containsText("usdPerMillionBlendedTokens = usdPerRequest");
        assertThat(dialog).containsText("estimate");
        screenshot("explorer-formula");
    }

    @Test
    void changingTheModelAndADealShowsWhatTheServiceComputesForThoseInputs() throws Exception {
        open("/");
        waitForAnswer(page);
        String before = page.locator("#candidate-1").innerText();
        pick(page, "in-model", "gpt-oss-120b");
        pick(page, "cand-1-hardware", "nvidia-gb200");
        choose(page, "cand-1-cost", "anthropic-microsoft-nvidia");
        assertThat(page.locator("#candidate-1")).containsText("deal anthropic-microsoft-nvidia");
        page.waitForCondition(() -> !page.locator("#candidate-1").innerText().equals(before));

        JsonObject expected = restResults(ScenarioLinks.scenarioJson(page));
        JsonArray candidates = expected.getAsJsonArray("candidates");
        assertThat(candidates.get(1).getAsJsonObject().get("model").getAsString()).isEqualTo("gpt-oss-120b");
        page.waitForCondition(() -> pageMatches(candidates));
        assertThat(page.locator("#explorer-headline"))
                .hasText(expected.getAsJsonObject("headline").get("answer").getAsString());
        screenshot("explorer-changed-model-and-deal");
    }

    @Test
    void separatePrefillWorkersSizeTwoPoolsAndThePageShowsWhatTheServiceComputes() throws Exception {
        open("/");
        waitForAnswer(page);
        String before = page.locator("#candidate-1").innerText();
        page.locator("#cand-1-separate-prefill").click();
        assertThat(page.locator("#cand-1-chips label")).hasText("Chips per decode worker");
        assertThat(page.locator("#cand-1-prefill-chips")).isVisible();
        assertThat(page.locator("#candidate-1")).containsText("decode ×");
        assertThat(page.locator("#candidate-1")).containsText("Separate prefill workers: each replica runs");
        page.waitForCondition(() -> !page.locator("#candidate-1").innerText().equals(before));

        JsonObject expected = restResults(ScenarioLinks.scenarioJson(page));
        JsonObject pools = expected.getAsJsonArray("candidates").get(1).getAsJsonObject();
        assertThat(pools.getAsJsonObject("deployment").get("layout").getAsString()).contains(" prefill × ", " decode × ");
        page.waitForCondition(() -> pageMatches(expected.getAsJsonArray("candidates")));
        screenshot("explorer-separate-prefill");
        page.locator("#candidate-1").screenshot(new Locator.ScreenshotOptions()
                .setPath(artifactsDir().resolve("explorer-separate-prefill-card.png")));

        // prefill on other silicon: H100 prefill workers for the B200 decode workers, counted in chips
        String samePool = page.locator("#candidate-1").innerText();
        pick(page, "cand-1-prefill-hardware", "nvidia-h100-sxm");
        assertThat(page.locator("#candidate-1")).containsText("on nvidia-h100-sxm + ");
        page.waitForCondition(() -> !page.locator("#candidate-1").innerText().equals(samePool));
        JsonObject mixed = restResults(ScenarioLinks.scenarioJson(page));
        assertThat(mixed.getAsJsonArray("candidates").get(1).getAsJsonObject().getAsJsonObject("cost")
                .get("basisKind").getAsString()).endsWith("(prefill)");
        page.waitForCondition(() -> pageMatches(mixed.getAsJsonArray("candidates")));
        page.locator("#candidate-1").screenshot(new Locator.ScreenshotOptions()
                .setPath(artifactsDir().resolve("explorer-prefill-other-silicon-card.png")));

        type(page, "cand-1-prefill-chips", "0");
        assertThat(page.locator("#cand-1-prefill-chips")).hasAttribute("invalid", "");
        assertThat(page.locator("#cand-1-prefill-chips")).containsText("must be empty (automatic) or 1 to 4096");
    }

    @Test
    void aSavedScenarioReloadsAndItsSharedLinkRestoresItInANewBrowser() {
        open("/?example=codex-spark");
        waitForAnswer(page);
        page.locator("#explorer-save").click();
        page.locator("#explorer-name input").fill("Coding fleet 2027");
        page.locator("#explorer-name-save").click();
        assertThat(page.locator("#explorer-status")).containsText("“Coding fleet 2027”, version 1");
        assertThat(page).hasURL(Pattern.compile(".*id=sc-.*version=1.*"));
        String headline = page.locator("#explorer-headline").innerText();

        page.reload();
        waitForAnswer(page);
        assertThat(page.locator("#explorer-status")).containsText("version 1");
        assertThat(page.locator("#explorer-headline")).hasText(headline);

        type(page, "in-tpot", "20");
        assertThat(page.locator("#explorer-status")).containsText("edited since");
        page.waitForCondition(() -> !page.locator("#explorer-headline").innerText().equals(headline));
        String edited = page.locator("#explorer-headline").innerText();
        page.locator("#explorer-share").click();
        String link = page.locator("#explorer-link input").inputValue();
        screenshot("explorer-share-link");

        BrowserContext other = newContext();
        try {
            Page fresh = other.newPage();
            fresh.navigate(link);
            waitForAnswer(fresh);
            assertThat(fresh.locator("#explorer-headline")).hasText(edited);
            assertThat(fresh.locator("#in-tpot input")).hasValue("20");
            // The model shows its name with its id: "Qwen3-Coder 30B-A3B (qwen3-coder-30b-a3b)".
            assertThat(fresh.locator("#in-model input")).hasValue(java.util.regex.Pattern.compile(".*\\(qwen3-coder-30b-a3b\\)"));
            assertThat(fresh.locator("#explorer-status")).containsText("edited since");
            fresh.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(artifactsDir().resolve("explorer-restored-in-new-browser.png")));
        } finally {
            other.close();
        }
    }

    @Test
    void whenTwoPeopleSaveTheSameScenarioTheSecondIsToldOfTheConflictAndCanCompareTheVersions() throws Exception {
        String example = get("/api/v1/scenarios/examples/codex-spark");
        String created = send("POST", "/api/v1/scenarios", "{\"name\":\"Shared plan\",\"scenario\":" + example + "}");
        String id = JsonParser.parseString(created).getAsJsonObject().get("id").getAsString();

        open("/?id=" + id);
        waitForAnswer(page);
        BrowserContext other = newContext();
        try {
            Page second = other.newPage();
            second.navigate(app.url("/?id=" + id));
            waitForAnswer(second);

            type(page, "in-peak", "4");
            page.locator("#explorer-save").click();
            assertThat(page.locator("#explorer-status")).containsText("version 2");

            type(second, "in-tpot", "25");
            second.locator("#explorer-save").click();
            Locator conflict = second.locator("vaadin-notification-card").filter(
                    new Locator.FilterOptions().setHasText("Not saved"));
            assertThat(conflict).containsText("now version 2");
            assertThat(conflict).containsText("after you opened version 1");
            second.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(artifactsDir().resolve("explorer-conflict.png")));
            assertThat(second.locator("#explorer-status")).containsText("version 1");

            second.locator("#explorer-conflict-reload").click();
            assertThat(second.locator("#explorer-status")).containsText("version 2");
            assertThat(second.locator("#in-peak input")).hasValue("4");

            second.locator("#explorer-versions").click();
            // the header's select-all and one box per version, in an order the grid decides: checking any two
            // of the three leaves both versions selected (check() is a no-op on a box already checked)
            Locator boxes = second.locator("#versions-grid vaadin-checkbox input");
            assertThat(boxes).hasCount(3);
            boxes.nth(1).check();
            boxes.nth(2).check();
            assertThat(second.locator("#versions-compare")).isEnabled();
            second.locator("#versions-compare").click();
            Locator comparison = second.locator("vaadin-dialog-overlay").filter(
                    new Locator.FilterOptions().setHasText("Compare: version 1 and version 2"));
            assertThat(comparison.locator("tr.ipx-diff").filter(new Locator.FilterOptions().setHasText("Peak factor")))
                    .containsText("3.0 × average");
            second.screenshot(new Page.ScreenshotOptions().setPath(artifactsDir().resolve("explorer-compare.png")));
        } finally {
            other.close();
        }
        String saved = get("/api/v1/scenarios/" + id);
        assertThat(JsonParser.parseString(saved).getAsJsonObject().get("version").getAsInt()).isEqualTo(2);
    }

    /** Every fitting option's speed, price and units on the page equal the service's, as rounded for display. */
    private boolean pageMatches(JsonArray candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            JsonObject c = candidates.get(i).getAsJsonObject();
            if (!c.get("fits").getAsBoolean()) {
                continue;
            }
            double tps = value(c, "latency", "tokensPerSecondPerUser");
            double units = value(c, "deployment", "units");
            if (!close(shown("#candidate-" + i + "-tps"), tps, 0.006, 0.5)
                    || shown("#candidate-" + i + "-units") != units) {
                return false;
            }
            if (c.has("cost") && !c.get("cost").isJsonNull()
                    && !close(shown("#candidate-" + i + "-usd"), value(c, "cost", "usdPerMillionBlendedTokens"), 0.01,
                    0.005)) {
                return false;
            }
        }
        return true;
    }

    private double shown(String selector) {
        Locator l = page.locator(selector);
        if (l.count() == 0) {
            return Double.NaN;
        }
        Matcher m = NUMBER.matcher(l.innerText());
        return m.find() ? Double.parseDouble(m.group().replace(",", "")) : Double.NaN;
    }

    private static boolean close(double shown, double expected, double relative, double absolute) {
        return Math.abs(shown - expected) <= Math.max(absolute, relative * Math.abs(expected));
    }

    private static double value(JsonObject candidate, String group, String figure) {
        return candidate.getAsJsonObject(group).getAsJsonObject(figure).get("value").getAsDouble();
    }

    private static JsonObject restResults(String scenarioJson) throws Exception {
        return JsonParser.parseString(send("POST", "/api/v1/scenarios/results", scenarioJson)).getAsJsonObject();
    }

    private static String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET()
                        .header("Authorization", app.adminAuthorization()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json").header("Authorization", app.adminAuthorization())
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }
}
