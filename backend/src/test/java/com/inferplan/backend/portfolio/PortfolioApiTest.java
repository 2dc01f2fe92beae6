package com.inferplan.backend.portfolio;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.inferplan.backend.TestBackendApplication;
import com.jayway.jsonpath.JsonPath;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class PortfolioApiTest {

    private static final String EXAMPLE = PortfolioService.CODEC.toJson(PortfolioExample.codexSpark());

    @Autowired
    MockMvc mvc;

    /** JSON numbers arrive as Integer, Double or (with many digits) BigDecimal: compare their double values. */
    private static Matcher<Number> positive() {
        return new CustomTypeSafeMatcher<>("a number above 0") {
            @Override
            protected boolean matchesSafely(Number n) {
                return n.doubleValue() > 0;
            }
        };
    }

    private static Matcher<Number> atMost(double limit) {
        return new CustomTypeSafeMatcher<>("a number at most " + limit) {
            @Override
            protected boolean matchesSafely(Number n) {
                return n.doubleValue() <= limit;
            }
        };
    }

    private ResultActions optimize(String json) throws Exception {
        return mvc.perform(post("/api/v1/portfolios/optimize").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions create(String name, String json) throws Exception {
        return mvc.perform(post("/api/v1/portfolios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"portfolio\":" + json + "}"));
    }

    @Test
    void theExampleSpecIsServedAndOptimisesToAFeasiblePlanWithTheDocumentedFields() throws Exception {
        String spec = mvc.perform(get("/api/v1/portfolios/examples/codex-spark")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        optimize(spec).andExpect(status().isOk())
                .andExpect(jsonPath("$.feasible").value(true))
                .andExpect(jsonPath("$.totalUsdPerMonth").value(positive()))
                .andExpect(jsonPath("$.pools[0].id").value("cs3-deal"))
                .andExpect(jsonPath("$.pools[0].hardware").value("cerebras-cs-3"))
                .andExpect(jsonPath("$.pools[0].vendor").value("Cerebras"))
                .andExpect(jsonPath("$.pools[0].units").value(positive()))
                .andExpect(jsonPath("$.pools[0].usdPerMonth").value(positive()))
                .andExpect(jsonPath("$.pools[0].tiers[0].tier").exists())
                .andExpect(jsonPath("$.pools[0].tiers[0].share").exists())
                .andExpect(jsonPath("$.pools[0].tiers[0].utilization").exists())
                .andExpect(jsonPath("$.tiers[0].id").value("interactive-coding"))
                .andExpect(jsonPath("$.tiers[0].sloMet").value(true))
                .andExpect(jsonPath("$.tiers[0].usdPerMillionTokens").value(positive()))
                .andExpect(jsonPath("$.tiers[0].ttftP99Ms").value(positive()))
                .andExpect(jsonPath("$.tiers[0].tpotP99Ms").value(positive()))
                .andExpect(jsonPath("$.megawatts").value(positive()))
                .andExpect(jsonPath("$.vendorShares.Cerebras").exists())
                .andExpect(jsonPath("$.bindingConstraints").isArray())
                .andExpect(jsonPath("$.pools[0].sources[0].title").exists())
                .andExpect(jsonPath("$.pools[0].sources[0].status").value("reported"));
    }

    @Test
    void aBadSpecGetsEveryProblemWithItsPortfolioFieldPath() throws Exception {
        String bad = EXAMPLE.replace("\"tpotMs\":2.0", "\"tpotMs\":-5.0")
                .replace("\"dealId\":\"openai-cerebras-2026\"", "\"dealId\":\"no-such-deal\"")
                .replace("\"constraints\":{}", "\"constraints\":{\"maxVendorSpendShare\":1.5}");
        optimize(bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tiers[0].slo.tpotMs")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("pools[0].cost.dealId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("constraints.maxVendorSpendShare")));
    }

    @Test
    void aSavedPortfolioKeepsItsHistoryAndAStaleSaveIsAConflictThatLosesNothing() throws Exception {
        String body = create("Coding fleet", EXAMPLE).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/portfolios/pf-")))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.createdBy").value("ana"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String capped = EXAMPLE.replace("\"constraints\":{}", "\"constraints\":{\"maxVendorSpendShare\":0.6}");
        mvc.perform(put("/api/v1/portfolios/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Capped\",\"version\":1,\"portfolio\":" + capped + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/v1/portfolios/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Stale\",\"version\":1,\"portfolio\":" + EXAMPLE + "}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/portfolios/" + id)).andExpect(jsonPath("$.name").value("Capped"))
                .andExpect(jsonPath("$.portfolio.constraints.maxVendorSpendShare").value(atMost(0.6 + 1e-9)));
        mvc.perform(get("/api/v1/portfolios/" + id + "/versions")).andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[1].name").value("Coding fleet"));
        mvc.perform(get("/api/v1/portfolios/" + id + "/answer")).andExpect(status().isOk())
                .andExpect(jsonPath("$.vendorShares.Cerebras").value(atMost(0.6 + 1e-9)))
                .andExpect(jsonPath("$.bindingConstraints[*].constraint", hasItem(containsString("endor"))));
        mvc.perform(delete("/api/v1/portfolios/" + id).param("version", "1")).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/portfolios/" + id).param("version", "2")).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/portfolios/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aViewerMayOptimiseButNotSave() throws Exception {
        String viewer = TestBackendApplication.basic(TestBackendApplication.VIEWER, TestBackendApplication.PASSWORD);
        mvc.perform(post("/api/v1/portfolios").header("Authorization", viewer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"portfolio\":" + EXAMPLE + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/portfolios/examples/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("codex-spark")));
    }
}
