package com.inferplan.backend.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.TestBackendApplication;
import com.inferplan.backend.scenario.Candidate;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioCodec;
import com.inferplan.backend.scenario.Transport;
import com.inferplan.backend.scenario.Wording;
import com.inferplan.backend.scenario.WorkloadPreset;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The XLSX, PDF and CSV of the published example hold the REST answer's headline, each option's $/M
 * P10/P50/P90 and its assumptions; the workbook's formulas recompute each option's $/M from its
 * Assumptions sheet; a viewer may export saved and unsaved scenarios.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VIEWER = TestBackendApplication.basic(TestBackendApplication.VIEWER,
            TestBackendApplication.PASSWORD);

    @Autowired
    MockMvc mvc;
    private String scenario;
    private JsonNode answer;

    @BeforeAll
    void answerTheExample() throws Exception {
        scenario = ScenarioCodec.toJson(PublishedExample.scenario());
        answer = JSON.readTree(mvc.perform(post("/api/v1/scenarios/results").contentType(MediaType.APPLICATION_JSON)
                .content(scenario)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private byte[] report(String query) throws Exception {
        return mvc.perform(post("/api/v1/scenarios/report?" + query).header(HttpHeaders.AUTHORIZATION, VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(scenario))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private List<JsonNode> pricedOptions() {
        List<JsonNode> priced = new ArrayList<>();
        answer.get("candidates").forEach(c -> {
            if (!c.get("cost").isNull()) {
                priced.add(c);
            }
        });
        assertThat(priced).hasSize(4);
        return priced;
    }

    @Test
    void theWorkbookHoldsTheHeadlineEachOptionsRangeAndAssumptionsOfTheRestAnswer() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report("format=xlsx&name=Example")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(XlsxReport.SHEETS.length);
            for (int i = 0; i < XlsxReport.SHEETS.length; i++) {
                assertThat(wb.getSheetName(i)).isEqualTo(XlsxReport.SHEETS[i]);
            }
            Sheet summary = wb.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(answer.at("/headline/answer").asText());
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            for (JsonNode c : pricedOptions()) {
                Row row = summary.getRow(7 + c.get("index").asInt());
                JsonNode spread = c.at("/cost/blendedSpread");
                assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(spread.get("p10").asDouble());
                assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(spread.get("p50").asDouble());
                assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(spread.get("p90").asDouble());
                assertThat(row.getCell(13).getNumericCellValue())
                        .isEqualTo(c.at("/cost/usdPerMillionBlendedTokens/value").asDouble());
                assertThat(row.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("$#,##0.0000");
            }
        }
    }

    @Test
    void theWorkbooksFormulasRecomputeEachOptionsDollarsPerMillionFromItsNamedAssumptions() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report("format=xlsx")))) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Double> recomputed = new HashMap<>();
            for (Row row : wb.getSheet("Options")) {
                Cell formula = row.getCell(5);
                if (row.getRowNum() > 0 && formula != null && formula.getCellType() == CellType.FORMULA) {
                    recomputed.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(),
                            evaluator.evaluate(formula).getNumberValue());
                }
            }
            for (JsonNode c : pricedOptions()) {
                String label = "Option " + (c.get("index").asInt() + 1) + ": " + c.get("hardwareName").asText() + " · "
                        + c.get("model").asText();
                double output = c.at("/cost/usdPerMillionOutputTokens/value").asDouble();
                double blended = c.at("/cost/usdPerMillionBlendedTokens/value").asDouble();
                assertThat(recomputed.get(label + "|usdPerMillionOutputTokens")).isCloseTo(output, within(1e-9 * output));
                assertThat(recomputed.get(label + "|usdPerMillionBlendedTokens")).isCloseTo(blended,
                        within(1e-9 * blended));
                assertThat(recomputed.get(label + "|usdPerMillionInputTokens")).isPositive();
                int n = c.get("index").asInt() + 1;
                assertThat(wb.getName("O" + n + "_utilization")).isNotNull();
                assertThat(value(wb, evaluator, "O" + n + "_utilization"))
                        .isEqualTo(c.at("/cost/utilization/value").asDouble());
                assertThat(value(wb, evaluator, "O" + n + "_usdPerChipHour"))
                        .isEqualTo(c.at("/cost/usdPerChipHour/value").asDouble());
            }
            List<String> inputs = new ArrayList<>();
            wb.getSheet("Assumptions").forEach(r -> inputs.add(r.getCell(1).getStringCellValue() + "|"
                    + r.getCell(8).getStringCellValue()));
            assertThat(inputs).contains("takeOrPayShare|assumed", "contractValueUsd|derived", "termYears|reported",
                    "outputTokensPerSecond|model estimate", "usdPerChipHour|vendor-published");
        }
    }

    @Test
    void bothFilesHoldEachOptionsAssumptionsAsTheRestAnswerGivesThem() throws Exception {
        Map<String, Row> sheet = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report("format=xlsx")))) {
            for (Row r : wb.getSheet("Assumptions")) {
                sheet.put(r.getCell(0).getStringCellValue() + "|" + r.getCell(1).getStringCellValue(), r);
            }
        }
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(report("format=pdf"))) {
            pdfText = words(new PDFTextStripper().getText(pdf));
        }
        int checked = 0;
        for (JsonNode c : pricedOptions()) {
            String label = "Option " + (c.get("index").asInt() + 1) + ": " + c.get("hardwareName").asText() + " · "
                    + c.get("model").asText();
            JsonNode serving = c.at("/cost/serving");
            Map<String, Double> keyInputs = Map.of("usdPerChipHour", c.at("/cost/usdPerChipHour/value").asDouble(),
                    "utilization", serving.get("utilization").asDouble(),
                    "inputTokensPerSecond", serving.get("inputTokensPerSecond").asDouble(),
                    "outputTokensPerSecond", serving.get("outputTokensPerSecond").asDouble(),
                    "inputTokens", serving.get("inputTokens").asDouble(),
                    "outputTokens", serving.get("outputTokens").asDouble());
            for (var e : keyInputs.entrySet()) {
                assertThat(sheet.get(label + "|" + e.getKey()).getCell(2).getNumericCellValue()).as(label + " " + e.getKey())
                        .isEqualTo(e.getValue());
            }
            // every input the Monte Carlo drew: base, P10, median and P90 to the bit, and the base in the PDF
            // (the drawn throughput is the end-to-end rate, a row of its own beside the decode-time rate)
            for (JsonNode in : c.at("/cost/blendedSpread/inputs")) {
                String name = in.get("name").asText();
                Row row = sheet.get(label + "|" + Report.inputLabel(name));
                assertThat(row).as(label + " " + name).isNotNull();
                if (!name.equals("usdPerChipHour")) {
                    assertThat(row.getCell(2).getNumericCellValue()).as(name).isEqualTo(in.get("base").asDouble());
                }
                assertThat(row.getCell(5).getNumericCellValue()).as(name + " P10").isEqualTo(in.get("p10").asDouble());
                assertThat(row.getCell(6).getNumericCellValue()).as(name + " median").isEqualTo(in.get("median").asDouble());
                assertThat(row.getCell(7).getNumericCellValue()).as(name + " P90").isEqualTo(in.get("p90").asDouble());
                if (!name.equals(Report.THROUGHPUT)) {
                    assertThat(pdfText).contains((c.get("index").asInt() + 1) + " " + name + " "
                            + com.inferplan.backend.support.Quantities.count(row.getCell(2).getNumericCellValue()));
                }
                checked++;
            }
        }
        assertThat(checked).as("uncertain inputs checked").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aReportOfALinkCarryingOlderTermsShowsThoseTerms() throws Exception {
        // the CS-3 deal's contract value as an older template had it: 1.25 × 15 B = 18.75 B
        var calculator = com.inferplan.backend.scenario.ScenarioCalculator.builtIn();
        JsonNode pinned = JSON.readTree(ScenarioCodec.toJson(calculator.pinned(PublishedExample.scenario())));
        ((com.fasterxml.jackson.databind.node.ObjectNode) pinned.at("/candidates/0/cost/terms/basis"))
                .put("contractValueUsd", 18.75e9);
        byte[] xlsx = mvc.perform(post("/api/v1/scenarios/report?format=xlsx").header(HttpHeaders.AUTHORIZATION, VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(pinned.toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode older = JSON.readTree(mvc.perform(post("/api/v1/scenarios/results")
                .contentType(MediaType.APPLICATION_JSON).content(pinned.toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row r : wb.getSheet("Assumptions")) {
                if (r.getCell(1).getStringCellValue().equals("contractValueUsd") && r.getCell(0).getStringCellValue()
                        .startsWith("Option 1:")) {
                    assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(18.75e9);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(wb.getSheet("Summary").getRow(7).getCell(13).getNumericCellValue())
                    .isEqualTo(older.at("/candidates/0/cost/usdPerMillionBlendedTokens/value").asDouble());
        }
    }

    private static double value(XSSFWorkbook wb, XSSFFormulaEvaluator evaluator, String name) {
        var ref = new org.apache.poi.ss.util.AreaReference(wb.getName(name).getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
    }

    @Test
    void theBoardPackHasTheHeadlineAPagePerOptionWithItsRangeAndTheAssumptions() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report("format=pdf&name=Example"))) {
            int options = answer.get("candidates").size();
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1 + options + 1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(words(stripper.getText(pdf))).contains(words(answer.at("/headline/answer").asText()));
            for (JsonNode c : pricedOptions()) {
                int page = c.get("index").asInt() + 2;
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                JsonNode spread = c.at("/cost/blendedSpread");
                assertThat(words(stripper.getText(pdf))).contains("Option " + (page - 1) + ": " + c.get("hardwareName").asText())
                        .contains(Wording.usd(spread.get("p10").asDouble()) + " / " + Wording.usd(spread.get("p50")
                                .asDouble()) + " / " + Wording.usd(spread.get("p90").asDouble()));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            String all = words(stripper.getText(pdf));
            assertThat(all).contains("Assumptions", "takeOrPayShare", "contractValueUsd", "Sources",
                    "Estimates are estimates");
        }
    }

    @Test
    void theBoardPackComesOnLetterPaperToo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report("format=pdf&paper=letter"))) {
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
        }
    }

    @Test
    void theCsvHasARowPerOptionWithItsContextAndTheRestAnswersFigures() throws Exception {
        List<String> lines = new String(report("format=csv&name=Example"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", CsvReport.HEADER));
        assertThat(lines).hasSize(1 + answer.get("candidates").size());
        for (JsonNode c : pricedOptions()) {
            String[] cells = lines.get(1 + c.get("index").asInt()).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertThat(cells[0]).isEqualTo("Example");
            assertThat(cells[3]).isEqualTo(c.get("model").asText());
            assertThat(cells[4]).isEqualTo("6000");
            assertThat(Double.parseDouble(cells[16])).isEqualTo(c.at("/cost/blendedSpread/p10").asDouble());
            assertThat(Double.parseDouble(cells[17])).isEqualTo(c.at("/cost/blendedSpread/p50").asDouble());
            assertThat(Double.parseDouble(cells[18])).isEqualTo(c.at("/cost/blendedSpread/p90").asDouble());
        }
    }

    @Test
    void aViewerExportsASavedScenarioAsAFileNamedAfterIt() throws Exception {
        String saved = mvc.perform(post("/api/v1/scenarios").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Board review\",\"scenario\":" + scenario + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(saved).get("id").asText();
        mvc.perform(get("/api/v1/scenarios/" + id + "/report?format=csv").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"inferplan-board-review-v1.csv\""));
    }

    @Test
    void anOptionWithPrefillOnOtherSiliconExportsItsPooledRateAndTheWorkbookRecomputesItsCost() throws Exception {
        Candidate h200 = Candidate.of("nvidia-h200-sxm", CostChoice.DEFAULT);
        String mixed = ScenarioCodec.toJson(new Scenario(WorkloadPreset.INTERACTIVE_CODING.workload(null),
                "gpt-oss-120b", List.of(h200, h200.withSeparatePrefill(new Candidate.SeparatePrefill("nvidia-b200",
                null))), Transport.HTTP, Scenario.Precisions.NATIVE));
        JsonNode option = JSON.readTree(mvc.perform(post("/api/v1/scenarios/results")
                        .contentType(MediaType.APPLICATION_JSON).content(mixed)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("candidates").get(1);
        byte[] xlsx = mvc.perform(post("/api/v1/scenarios/report?format=xlsx").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(mixed)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(value(wb, evaluator, "O2_usdPerChipHour")).isEqualTo(option.at("/cost/usdPerChipHour/value").asDouble());
            List<String> inputs = new ArrayList<>();
            wb.getSheet("Assumptions").forEach(r -> inputs.add(r.getCell(1).getStringCellValue()));
            assertThat(inputs).contains("prefill.usdPerChipHour", "decodeChips", "prefillChips");
            List<Double> recomputed = new ArrayList<>();
            for (Row row : wb.getSheet("Options")) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().startsWith("Option 2")
                        && row.getCell(1).getStringCellValue().equals("usdPerMillionBlendedTokens")) {
                    recomputed.add(evaluator.evaluate(row.getCell(5)).getNumberValue());
                }
            }
            double blended = option.at("/cost/usdPerMillionBlendedTokens/value").asDouble();
            assertThat(recomputed).singleElement().satisfies(v -> assertThat(v).isCloseTo(blended, within(1e-9 * blended)));
        }
        String csv = mvc.perform(post("/api/v1/scenarios/report?format=csv").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(mixed)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("on nvidia-b200");
        mvc.perform(post("/api/v1/scenarios/report?format=pdf").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(mixed)).andExpect(status().isOk());
    }

    @Test
    void anUnknownFormatIsA400NamingFormat() throws Exception {
        mvc.perform(post("/api/v1/scenarios/report?format=docx").contentType(MediaType.APPLICATION_JSON).content(scenario))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
