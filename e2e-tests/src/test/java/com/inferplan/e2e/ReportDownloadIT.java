package com.inferplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A finance analyst takes the published example out of the explorer: the XLSX opens in POI with the
 * page's headline and each option's P10/P50/P90 as the REST answer gives them, the PDF board pack opens
 * in PDFBox on A4 and Letter, the CSV starts with its context columns; the evaluate and deals views
 * export CSV; charts carry a Save-as-PNG button; explanations list the cost's sources.
 */
class ReportDownloadIT extends BrowserJourney {

    private static final String CSV_HEADER_START = "scenario,option,hardware,model,input_tokens,output_tokens,slo,basis";

    @Test
    void eachFormatDownloadsFromTheExplorerAndHoldsTheRestAnswersFigures() throws Exception {
        open("/");
        page.locator("#explorer-example").click();
        assertThat(page.locator("#explorer-headline")).containsText("CS-3");
        assertThat(page.locator("#explorer-exports")).isVisible();
        screenshot("explorer-exports");
        JsonObject answer = restResults(ScenarioLinks.scenarioJson(page));
        JsonArray options = answer.getAsJsonArray("candidates");

        Download xlsx = page.waitForDownload(() -> page.locator("#explorer-export-xlsx").click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("inferplan-codex-spark-published-example.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(answer.getAsJsonObject("headline").get("answer").getAsString());
            for (int i = 0; i < options.size(); i++) {
                JsonObject cost = options.get(i).getAsJsonObject().getAsJsonObject("cost");
                if (cost == null) {
                    continue;
                }
                Row row = summary.getRow(7 + i);
                JsonObject spread = cost.getAsJsonObject("blendedSpread");
                for (String p : List.of("p10", "p50", "p90")) {
                    double expected = spread.get(p).getAsDouble();
                    int column = 10 + List.of("p10", "p50", "p90").indexOf(p);
                    assertThat(row.getCell(column).getNumericCellValue()).as("option %d %s", i + 1, p)
                            .isCloseTo(expected, within(1e-9 * expected));
                }
            }
            assertThat(wb.getSheet("Assumptions").getLastRowNum()).isGreaterThan(options.size() * 6);
            assertThat(wb.getSheet("Sources")).isNotNull();
        }

        Download pdf = page.waitForDownload(() -> page.locator("#explorer-export-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try (PDDocument doc = Loader.loadPDF(fileBytes(pdf.path()))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(options.size() + 3);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Assumptions").contains("Sources");
            assertThat(text).contains(answer.getAsJsonObject("headline").get("answer").getAsString()
                    .replaceAll("\\s+", " ").trim());
        }
        Download letter = page.waitForDownload(() -> page.locator("#explorer-export-pdf-letter").click());
        try (PDDocument doc = Loader.loadPDF(fileBytes(letter.path()))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.LETTER.getWidth(), within(0.5f));
        }

        Download csv = page.waitForDownload(() -> page.locator("#explorer-export-csv").click());
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith(CSV_HEADER_START).endsWith("generated_at,app_version");
        assertThat(lines).hasSize(options.size() + 1);
        assertThat(lines.get(1)).startsWith("Codex-Spark published example,1,");
    }

    @Test
    void everyExplorerChartCarriesASaveAsPngButtonAndTheCostExplanationListsItsSources() throws Exception {
        open("/");
        page.locator("#explorer-example").click();
        assertThat(page.locator("#explorer-cost")).hasAttribute("data-rendered", "true");
        for (String chart : List.of("explorer-cost", "explorer-pareto")) {
            Object name = page.locator("#" + chart).evaluate(
                    "el => el.$chart.getOption().toolbox[0].feature.saveAsImage.name");
            assertThat(name).isEqualTo(chart.equals("explorer-cost") ? "inferplan-cost-per-million-tokens"
                    : "inferplan-pareto-frontiers");
        }
        JsonArray options = restResults(ScenarioLinks.scenarioJson(page)).getAsJsonArray("candidates");
        int checked = 0;
        for (int i = 0; i < options.size(); i++) {
            JsonObject cost = options.get(i).getAsJsonObject().getAsJsonObject("cost");
            if (cost == null || cost.getAsJsonArray("sources").isEmpty()) {
                continue;
            }
            page.locator("#candidate-" + i + "-usd").click();
            Locator sources = page.locator("#figure-dialog-sources");
            for (var element : cost.getAsJsonArray("sources")) {
                JsonObject source = element.getAsJsonObject();
                Locator item = sources.locator(".ipx-source").filter(new Locator.FilterOptions()
                        .setHasText(source.get("title").getAsString()));
                assertThat(item.first()).containsText(source.get("status").getAsString());
                if (source.has("published") && !source.get("published").isJsonNull()) {
                    assertThat(item.first()).containsText(source.get("published").getAsString());
                }
                String url = source.has("url") && !source.get("url").isJsonNull() ? source.get("url").getAsString() : "";
                if (url.startsWith("https://") || url.startsWith("http://")) {
                    assertThat(item.first().locator("a[target=_blank]")).hasAttribute("href", url);
                } else {
                    // a source without a web address is named, never linked
                    assertThat(item.first().locator("a")).hasCount(0);
                }
                checked++;
            }
            if (i == 0) {
                screenshot("explorer-explanation-sources");
            }
            page.locator("#figure-dialog-close").click();
        }
        assertThat(checked).as("the example's costs cite sources").isPositive();
    }

    @Test
    void theEvaluateAndDealsViewsExportWhatTheyShowAsCsvWithContextColumns() throws Exception {
        open("/evaluate");
        assertThat(page.locator("#kpi-ttft")).not().containsText("—");
        Download evaluation = page.waitForDownload(() -> page.locator("#eval-export-csv").click());
        List<String> lines = Files.readAllLines(evaluation.path(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("model,hardware,input_tokens,output_tokens").endsWith("generated_at,app_version");
        assertThat(lines).hasSize(2);

        open("/deals");
        assertThat(page.locator("#bases-grid")).isVisible();
        Download deals = page.waitForDownload(() -> page.locator("#deals-export-csv").click());
        List<String> rows = Files.readAllLines(deals.path(), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("basis,ref,kind,hardware,usd_per_chip_hour,usd_per_m_output");
        assertThat(rows).anyMatch(r -> r.contains("deal:anthropic-microsoft-nvidia"));

        // the deals page prices each chip at the engine's tokens/s for a chosen model and workload
        page.locator("#serving-engine-model input").fill("llama-3.3-70b");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("llama-3.3-70b")).first().click();
        assertThat(page.locator("#bases-grid")).containsText("engine: llama-3.3-70b, Chat");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]model=llama-3.3-70b.*"));
        Download engine = page.waitForDownload(() -> page.locator("#deals-export-csv").click());
        List<String> engineRows = Files.readAllLines(engine.path(), StandardCharsets.UTF_8);
        assertThat(engineRows).anyMatch(r -> r.contains(",nvidia-h100-sxm,") && r.contains("engine: llama-3.3-70b, Chat"));
        screenshot("deals-engine-throughput");
    }

    private static byte[] fileBytes(Path path) throws Exception {
        return Files.readAllBytes(path);
    }

    private static JsonObject restResults(String scenarioJson) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(app.url("/api/v1/scenarios/results")))
                .header("Content-Type", "application/json").header("Authorization", app.adminAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(scenarioJson)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
