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
import com.inferplan.backend.portfolio.PortfolioExample;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.scenario.Wording;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portfolio XLSX and PDF of the published example hold the REST answer's headline figures, each
 * pool's units and $/month, each tier's $/M and every input of the spec, to the bit in the workbook and
 * as worded on screen in the PDF; the workbook's formulas recompute pool $/month, tier $/M and the total;
 * a viewer may export saved and unsaved portfolios.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioReportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VIEWER = TestBackendApplication.basic(TestBackendApplication.VIEWER,
            TestBackendApplication.PASSWORD);

    @Autowired
    MockMvc mvc;
    private String spec;
    private JsonNode portfolio;
    private JsonNode answer;

    @BeforeAll
    void optimiseTheExample() throws Exception {
        spec = PortfolioService.CODEC.toJson(PortfolioExample.codexSpark());
        portfolio = JSON.readTree(spec);
        answer = JSON.readTree(mvc.perform(post("/api/v1/portfolios/optimize").contentType(MediaType.APPLICATION_JSON)
                .content(spec)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("feasible").asBoolean()).isTrue();
    }

    private byte[] report(String query) throws Exception {
        return mvc.perform(post("/api/v1/portfolios/report?" + query).header(HttpHeaders.AUTHORIZATION, VIEWER)
                        .contentType(MediaType.APPLICATION_JSON).content(spec))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static Map<String, Row> byFirstCell(Sheet sheet) {
        Map<String, Row> rows = new HashMap<>();
        sheet.forEach(r -> {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && !rows.containsKey(
                    r.getCell(0).getStringCellValue())) {
                rows.put(r.getCell(0).getStringCellValue(), r);
            }
        });
        return rows;
    }

    @Test
    void theWorkbooksSummaryPoolsAndTiersEqualTheRestAnswerAndItsFormulasRecomputeThem() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report("format=xlsx&name=Example")))) {
            for (int i = 0; i < PortfolioXlsx.SHEETS.length; i++) {
                assertThat(wb.getSheetName(i)).isEqualTo(PortfolioXlsx.SHEETS[i]);
                assertThat(wb.getSheetAt(i).getPaneInformation()).as(PortfolioXlsx.SHEETS[i]).isNotNull();
            }
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Map<String, Row> summary = byFirstCell(wb.getSheet("Summary"));
            double total = answer.get("totalUsdPerMonth").asDouble();
            assertThat(summary.get("feasible").getCell(1).getStringCellValue()).isEqualTo("yes");
            assertThat(summary.get("totalUsdPerMonth").getCell(1).getNumericCellValue()).isEqualTo(total);
            assertThat(summary.get("totalUsdPerMonth").getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("$#,##0.00");
            // the total recomputed as the sum of the pools' $/month
            assertThat(evaluator.evaluate(summary.get("totalUsdPerMonth").getCell(2)).getNumberValue())
                    .isCloseTo(total, within(1e-6 * total));
            assertThat(summary.get("blendedUsdPerMillionTokens").getCell(1).getNumericCellValue())
                    .isEqualTo(answer.get("blendedUsdPerMillionTokens").asDouble());
            assertThat(summary.get("megawatts").getCell(1).getNumericCellValue())
                    .isEqualTo(answer.get("megawatts").asDouble());
            for (String p : new String[] {"p10", "p50", "p90"}) {
                assertThat(summary.get("totalUsdPerMonth " + p.toUpperCase()).getCell(1).getNumericCellValue())
                        .isEqualTo(answer.at("/spread/" + p).asDouble());
            }
            Map<String, Row> pools = byFirstCell(wb.getSheet("Pools"));
            int recomputed = 0;
            for (JsonNode p : answer.get("pools")) {
                Row row = pools.get(p.get("id").asText());
                assertThat(row.getCell(4).getNumericCellValue()).as(p.get("id").asText()).isEqualTo(p.get("units").asDouble());
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(p.get("usdPerMonth").asDouble());
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(p.get("usdPerUnitMonth").asDouble());
                if (row.getCell(9).getCellType() == CellType.FORMULA) {
                    // units × the Assumptions sheet's named $/unit-month, e.g. 3 × $70,000 = $210,000
                    assertThat(evaluator.evaluate(row.getCell(9)).getNumberValue())
                            .isCloseTo(p.get("usdPerMonth").asDouble(), within(1e-6 * (1 + p.get("usdPerMonth").asDouble())));
                    recomputed++;
                }
            }
            assertThat(recomputed).as("pools without a commitment (all but cs3-deal)").isEqualTo(4);
            assertThat(pools.get("cs3-deal").getCell(9).getStringCellValue()).startsWith("take-or-pay");
            Map<String, Row> tiers = byFirstCell(wb.getSheet("Tiers"));
            for (JsonNode t : answer.get("tiers")) {
                Row row = tiers.get(t.get("id").asText());
                double usdPerMillion = t.get("usdPerMillionTokens").asDouble();
                assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(usdPerMillion);
                assertThat(evaluator.evaluate(row.getCell(7)).getNumberValue())
                        .isCloseTo(usdPerMillion, within(1e-9 * usdPerMillion));
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(t.get("ttftP99Ms").asDouble());
                assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(t.get("tpotP99Ms").asDouble());
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo(t.get("sloMet").asBoolean() ? "yes" : "no");
                assertThat(row.getCell(13).getStringCellValue()).isEqualTo(t.get("why").asText());
            }
            assertThat(wb.getSheet("Capacities").getLastRowNum()).isEqualTo(answer.get("capacities").size());
        }
    }

    @Test
    void theWorkbooksAssumptionsHoldEveryInputOfTheSpecWithKeyInputsNamed() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(report("format=xlsx")))) {
            Map<String, Row> rows = new HashMap<>();
            wb.getSheet("Assumptions").forEach(r -> rows.put(r.getCell(0).getStringCellValue() + "|"
                    + r.getCell(1).getStringCellValue(), r));
            for (JsonNode t : portfolio.get("tiers")) {
                String scope = "tier " + t.get("id").asText() + "|";
                assertThat(rows.get(scope + "model").getCell(3).getStringCellValue()).isEqualTo(t.get("model").asText());
                assertThat(number(rows, scope + "demand")).isEqualTo(t.at("/demand/value").asDouble());
                assertThat(number(rows, scope + "peakFactor")).isEqualTo(t.at("/demand/peakFactor").asDouble());
                assertThat(number(rows, scope + "inputTokens")).isEqualTo(t.at("/lengths/inputTokens").asDouble());
                assertThat(number(rows, scope + "outputTokens")).isEqualTo(t.at("/lengths/outputTokens").asDouble());
                assertThat(number(rows, scope + "slo.ttftMs")).isEqualTo(t.at("/slo/ttftMs").asDouble());
                assertThat(number(rows, scope + "slo.tpotMs")).isEqualTo(t.at("/slo/tpotMs").asDouble());
                assertThat(number(rows, scope + "slo.percentile")).isEqualTo(t.at("/slo/percentile").asDouble());
            }
            for (JsonNode p : portfolio.get("pools")) {
                String scope = "pool " + p.get("id").asText() + "|";
                assertThat(rows.get(scope + "hardware").getCell(3).getStringCellValue())
                        .isEqualTo(p.get("hardware").asText());
                assertThat(rows.get(scope + "cost").getCell(3).getStringCellValue()).isNotBlank();
                assertThat(number(rows, scope + "priceFactor")).isEqualTo(1.0);
                if (p.hasNonNull("committedUnits")) {
                    assertThat(number(rows, scope + "committedUnits")).isEqualTo(p.get("committedUnits").asDouble());
                } else {
                    assertThat(rows.get(scope + "committedUnits").getCell(3).getStringCellValue()).isEqualTo("none");
                }
            }
            assertThat(rows.get("pool cs3-deal|cost").getCell(3).getStringCellValue())
                    .isEqualTo("deal openai-cerebras-2026");
            for (String c : new String[] {"powerCapMegawatts", "maxVendorSpendShare", "maxVendorUnitShare", "minVendors",
                    "budgetUsdPerMonth"}) {
                assertThat(rows.get("constraints|" + c).getCell(3).getStringCellValue()).as(c).isEqualTo("none");
            }
            for (JsonNode p : answer.get("pools")) {
                assertThat(number(rows, "pool " + p.get("id").asText() + "|usdPerUnitMonth"))
                        .isEqualTo(p.get("usdPerUnitMonth").asDouble());
            }
            assertThat(wb.getName("P1_usdPerUnitMonth").getRefersToFormula()).startsWith("'Assumptions'!$C$");
            assertThat(wb.getName("T1_demand")).isNotNull();
            assertThat(wb.getSheet("Sources").getLastRowNum()).isGreaterThanOrEqualTo(5);
        }
    }

    private static double number(Map<String, Row> rows, String key) {
        assertThat(rows).as(key).containsKey(key);
        return rows.get(key).getCell(2).getNumericCellValue();
    }

    @Test
    void theBoardPackHasTheHeadlineEachPoolAndTierAsTheAnswerWordsThemAndTheAssumptions() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report("format=pdf&name=Example"))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String title = words(stripper.getText(pdf));
            assertThat(title).contains("Board pack: Example", "costs " + Wording.usd(answer.get("totalUsdPerMonth")
                    .asDouble()) + " a month", Wording.usd(answer.at("/spread/p10").asDouble()) + " / "
                    + Wording.usd(answer.at("/spread/p50").asDouble()) + " / "
                    + Wording.usd(answer.at("/spread/p90").asDouble()));
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String plan = words(stripper.getText(pdf));
            for (JsonNode p : answer.get("pools")) {
                assertThat(plan).contains(p.get("id").asText(), Wording.usd(p.get("usdPerMonth").asDouble()),
                        Wording.units(p.get("units").asDouble(), p.get("unitName").asText()));
            }
            for (JsonNode t : answer.get("tiers")) {
                assertThat(plan).contains(Wording.usd(t.get("usdPerMillionTokens").asDouble()));
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdf.getNumberOfPages());
            String all = words(stripper.getText(pdf));
            for (JsonNode t : portfolio.get("tiers")) {
                assertThat(all).contains("tier " + t.get("id").asText() + " demand "
                        + PortfolioPdfEvidence.number(t.at("/demand/value").asDouble()));
            }
            assertThat(all).contains("pool cs3-deal committedUnits 64 units", "Sources", "Estimates are estimates");
        }
    }

    @Test
    void theBoardPackComesOnLetterPaperAndTheCsvIsThePortfolioCsv() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report("format=pdf&paper=letter"))) {
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
        }
        String csv = new String(report("format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("row,id,name,hardware,vendor,units").contains("pool,cs3-deal,");
    }

    @Test
    void aViewerExportsASavedPortfolioNamedAfterItAndABadFormatIsAFieldError() throws Exception {
        String created = mvc.perform(post("/api/v1/portfolios").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Board mix\",\"portfolio\":" + spec + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(created).get("id").asText();
        mvc.perform(get("/api/v1/portfolios/" + id + "/report?format=xlsx").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, ReportFormat.XLSX.mediaType()))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"inferplan-board-mix-v1.xlsx\""));
        mvc.perform(get("/api/v1/portfolios/" + id + "/report?format=csv&version=1")
                .header(HttpHeaders.AUTHORIZATION, VIEWER)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/portfolios/" + id + "/report?format=docx").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(get("/api/v1/portfolios/" + id + "/report?version=9").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/portfolios/pf-nope/report").header(HttpHeaders.AUTHORIZATION, VIEWER))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInfeasiblePortfolioReportsWhyWithNoCostAndNoNaN() throws Exception {
        // 1 kW cannot power one unit of any pool (a CS-3 draws tens of kW), so no mix meets the demand
        JsonNode capped = portfolio.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) capped).putObject("constraints").put("powerCapMegawatts", 0.001);
        JsonNode infeasible = JSON.readTree(mvc.perform(post("/api/v1/portfolios/optimize")
                .contentType(MediaType.APPLICATION_JSON).content(capped.toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(infeasible.get("feasible").asBoolean()).isFalse();
        byte[] xlsx = mvc.perform(post("/api/v1/portfolios/report?format=xlsx").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(capped.toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Row> summary = byFirstCell(wb.getSheet("Summary"));
            assertThat(summary.get("feasible").getCell(1).getStringCellValue()).isEqualTo("no");
            assertThat(summary.get("feasible").getCell(3).getStringCellValue())
                    .isEqualTo(String.join(" ", JSON.convertValue(infeasible.get("infeasibility"), String[].class)));
            assertThat(summary.get("totalUsdPerMonth").getCell(1).getStringCellValue()).isEqualTo("n/a: not feasible");
        }
        byte[] pdf = mvc.perform(post("/api/v1/portfolios/report?format=pdf").header(HttpHeaders.AUTHORIZATION, VIEWER)
                .contentType(MediaType.APPLICATION_JSON).content(capped.toString())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = words(new PDFTextStripper().getText(doc));
            assertThat(text).contains("No mix of these pools meets every tier", "n/a: not feasible")
                    .doesNotContain("NaN", "Infinity");
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
