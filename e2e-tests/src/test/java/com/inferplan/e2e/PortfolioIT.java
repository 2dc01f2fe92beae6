package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The architect's portfolio journey: the built-in example, a vendor spend cap that moves the mix, saving
 * and reloading, a comparison with the all-GPU baseline, the CSV of the answer, the shared link in a fresh browser, and two
 * people saving the same portfolio.
 */
class PortfolioIT extends BrowserJourney {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The first answer of a cold app simulates every pool on every tier (about 8 s alone, more when busy). */
    private static final LocatorAssertions.ContainsTextOptions FIRST_ANSWER =
            new LocatorAssertions.ContainsTextOptions().setTimeout(180_000);

    private static void waitForAnswer(Page p) {
        assertThat(p.locator("#pf-headline")).containsText("cheapest mix", FIRST_ANSWER);
    }

    /** The units column of the pools grid, in row order: "48 × CS-3 system | 0 × HGX B200 8-GPU node | ...". */
    private static String units(Page p) {
        return String.join(" | ", p.locator("#pf-pools vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^[0-9,]+ (×|chips?)")))
                .allInnerTexts());
    }

    private static void type(Page p, String fieldId, String value) {
        p.locator("#" + fieldId + " input").fill(value);
        p.locator("#" + fieldId + " input").press("Tab");
    }

    private void shoot(Page p, String name) {
        // the app layout scrolls its content, not the page: a tall viewport shows the whole view
        for (int width : new int[] {1280, 390}) {
            p.setViewportSize(width, width > 800 ? 3400 : 6400);
            p.waitForTimeout(400);
            p.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(artifactsDir().resolve(name + "-" + width + ".png")));
        }
        p.setViewportSize(1440, 900);
    }

    @Test
    void theVendorCapMovesTheMixAndTheSavedComparedAndSharedPortfolioKeepsItsAnswer() throws java.io.IOException {
        open("/portfolios");
        waitForAnswer(page);
        assertThat(page.locator("#pf-vendor-chart")).hasAttribute("data-rendered", "true");
        assertThat(page.locator("#pf-tornado")).hasAttribute("data-rendered", "true");
        page.waitForCondition(() -> units(page).contains("CS-3 system"));
        String uncapped = units(page);
        String uncappedTotal = page.locator("#pf-total .ip-kpi-value").innerText();
        shoot(page, "portfolio-example");

        // no vendor above half the units: the all-Cerebras plan must move tiers to other silicon
        long asked = System.nanoTime();
        type(page, "pf-unit-cap", "50");
        page.waitForCondition(() -> !units(page).equals(uncapped));
        // a what-if on cached capacities: the figure the issue asks to stay well under a second
        System.out.printf("portfolio what-if (unit cap) on screen after %d ms%n", (System.nanoTime() - asked) / 1_000_000);
        assertThat(page.locator("#pf-total .ip-kpi-value")).not().hasText(uncappedTotal);
        assertThat(page.locator("#pf-binding")).containsText("vendor unit cap 50");
        String capped = units(page);
        String cappedTotal = page.locator("#pf-total .ip-kpi-value").innerText();
        shoot(page, "portfolio-vendor-capped");

        page.locator("#pf-save").click();
        page.locator("#explorer-name input").fill("Capped coding fleet");
        page.locator("#explorer-name-save").click();
        assertThat(page.locator("#pf-status")).containsText("“Capped coding fleet”, version 1");
        assertThat(page).hasURL(Pattern.compile("^(?=.*[?&]id=pf-)(?=.*[?&]version=1(&|$))(?=.*[?&]p=[A-Za-z0-9_-]{40,}).*$"));

        page.reload();
        waitForAnswer(page);
        assertThat(page.locator("#pf-status")).containsText("version 1");
        assertThat(page.locator("#pf-unit-cap input")).hasValue("50");
        assertThat(page.locator("#pf-total .ip-kpi-value")).hasText(cappedTotal);
        page.waitForCondition(() -> units(page).equals(capped));

        page.locator("#pf-compare").click();
        page.locator("#pf-compare-go").click();
        Locator table = page.locator("#pf-compare-table");
        assertThat(table).containsText("All GPUs");
        assertThat(table).containsText("Pool cs3-deal");
        // the interactive tier's 2 ms TPOT is out of every GPU's reach, so the GPU-only column cannot meet it
        assertThat(table.locator("tr").filter(new Locator.FilterOptions().setHasText("Feasible")))
                .containsText("no:");
        page.screenshot(new Page.ScreenshotOptions().setPath(artifactsDir().resolve("portfolio-compare.png")));
        page.keyboard().press("Escape");

        Download csv = page.waitForDownload(() -> page.locator("#pf-export-csv").click());
        assertThat(csv.suggestedFilename()).isEqualTo("inferplan-capped-coding-fleet-v1.csv");
        String csvText = readCsv(csv);
        assertThat(csvText).startsWith("row,id,name,hardware,vendor,units,unit,usdPerMonth,tier,share");
        // the CSV is the answer on screen: the CS-3 pool's units as the grid shows them
        String cs3Units = capped.replaceAll("^.*?([0-9,]+) × CS-3 system.*$", "$1").replace(",", "");
        assertThat(csvText).contains("pool,cs3-deal,CS-3 under the OpenAI–Cerebras deal,cerebras-cs-3,Cerebras,"
                + cs3Units + ",");

        // the workbook and the board pack come from the report service, for the same portfolio
        Download xlsx = page.waitForDownload(() -> page.locator("#pf-export-xlsx").click());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(xlsx.path()))) {
            assertThat(wb.getSheet("Pools")).isNotNull();
            assertThat(wb.getSheet("Assumptions")).isNotNull();
            boolean cs3Row = false;
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Pools")) {
                cs3Row |= row.getCell(0) != null && "cs3-deal".equals(row.getCell(0).toString());
            }
            assertThat(cs3Row).as("the Pools sheet lists the CS-3 pool").isTrue();
        }
        Download pdf = page.waitForDownload(() -> page.locator("#pf-export-pdf").click());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("cs3-deal");
        }

        page.locator("#pf-share").click();
        String link = page.locator("#pf-link input").inputValue();
        BrowserContext other = newContext();
        try {
            Page fresh = other.newPage();
            fresh.navigate(link);
            waitForAnswer(fresh);
            assertThat(fresh.locator("#pf-total .ip-kpi-value")).hasText(cappedTotal);
            assertThat(fresh.locator("#pf-unit-cap input")).hasValue("50");
            assertThat(fresh.locator("#pf-status")).containsText("“Capped coding fleet”, version 1");
            fresh.waitForCondition(() -> units(fresh).equals(capped));
            shoot(fresh, "portfolio-restored-in-new-browser");
        } finally {
            other.close();
        }
    }

    @Test
    void whenTwoPeopleSaveTheSamePortfolioTheSecondIsToldAndNothingIsOverwritten() throws Exception {
        String example = get("/api/v1/portfolios/examples/codex-spark");
        String created = send("POST", "/api/v1/portfolios", "{\"name\":\"Shared fleet\",\"portfolio\":" + example + "}");
        String id = JsonParser.parseString(created).getAsJsonObject().get("id").getAsString();

        open("/portfolios?id=" + id);
        waitForAnswer(page);
        BrowserContext other = newContext();
        try {
            Page second = other.newPage();
            second.navigate(app.url("/portfolios?id=" + id));
            waitForAnswer(second);

            type(page, "pf-pool-1-price-factor", "0.8");
            assertThat(page.locator("#pf-status")).containsText("edited since");
            page.locator("#pf-save").click();
            assertThat(page.locator("#pf-status")).containsText("version 2");

            type(second, "pf-min-vendors", "2");
            second.locator("#pf-save").click();
            Locator conflict = second.locator("vaadin-notification-card")
                    .filter(new Locator.FilterOptions().setHasText("Not saved"));
            assertThat(conflict).containsText("now version 2");
            assertThat(conflict).containsText("after you opened version 1");
            second.screenshot(new Page.ScreenshotOptions().setPath(artifactsDir().resolve("portfolio-conflict.png")));
            second.locator("#pf-conflict-reload").click();
            assertThat(second.locator("#pf-status")).containsText("version 2");
            assertThat(second.locator("#pf-pool-1-price-factor input")).hasValue("0.8");
        } finally {
            other.close();
        }
        String saved = get("/api/v1/portfolios/" + id);
        assertThat(JsonParser.parseString(saved).getAsJsonObject().get("version").getAsInt()).isEqualTo(2);
    }

    private static String readCsv(Download download) {
        try {
            return java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET()
                        .header("Authorization", app.adminAuthorization()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json").header("Authorization", app.adminAuthorization())
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response.body();
    }
}
