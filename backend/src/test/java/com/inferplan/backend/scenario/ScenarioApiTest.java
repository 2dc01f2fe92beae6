package com.inferplan.backend.scenario;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.inferplan.backend.TestBackendApplication;
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
class ScenarioApiTest {

    private static final String EXAMPLE = ScenarioCodec.toJson(PublishedExample.scenario());

    @Autowired
    MockMvc mvc;
    @Autowired
    ScenarioService scenarios;

    private ResultActions create(String name, String scenarioJson) throws Exception {
        return mvc.perform(post("/api/v1/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"scenario\":" + scenarioJson + "}"));
    }

    private ResultActions update(String id, String name, Integer version, String author) throws Exception {
        return mvc.perform(put("/api/v1/scenarios/" + id).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", TestBackendApplication.basic(author, TestBackendApplication.PASSWORD)).content("{\"name\":\"" + name + "\"" + (version == null ? ""
                        : ",\"version\":" + version) + ",\"scenario\":" + EXAMPLE + "}"));
    }

    private String createdId(String name) throws Exception {
        String body = create(name, EXAMPLE).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aCreatedScenarioIsStoredWholeAtVersionOneWithItsAuthor() throws Exception {
        String body = create("Coding fleet 2027", EXAMPLE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/scenarios/sc-")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.createdBy").value("ana"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/scenarios/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Coding fleet 2027"))
                .andExpect(jsonPath("$.scenario.candidates", hasSize(4)))
                .andExpect(jsonPath("$.scenario.candidates[0].cost.dealId").value("openai-cerebras-2026"))
                .andExpect(jsonPath("$.scenario.transport").value("websocket"));
        mvc.perform(get("/api/v1/scenarios")).andExpect(jsonPath("$[?(@.id=='" + id + "')].name")
                .value("Coding fleet 2027"));
    }

    @Test
    void savesNameTheVersionTheyWereBasedOnAndTheHistoryKeepsEveryOne() throws Exception {
        String id = createdId("History");
        update(id, "History, renamed", 1, "ben").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.updatedBy").value("ben"));
        mvc.perform(get("/api/v1/scenarios/" + id + "/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].savedBy").value("ben"))
                .andExpect(jsonPath("$[1].name").value("History"))
                .andExpect(jsonPath("$[1].savedBy").value("ana"));
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsAConflictAndOverwritesNothing() throws Exception {
        String id = createdId("Shared");
        update(id, "Ana's edit", 1, "ana").andExpect(status().isOk());
        update(id, "Ben's edit", 1, "ben")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:edit-conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("changed by someone else since version 1")));
        mvc.perform(get("/api/v1/scenarios/" + id)).andExpect(jsonPath("$.name").value("Ana's edit"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void anUpdateWithoutTheVersionItWasBasedOnIsRejected() throws Exception {
        String id = createdId("No version");
        update(id, "Blind write", null, "ben").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void anUnsavedScenarioIsAnsweredWithTheHeadlineAndExplainedFigures() throws Exception {
        mvc.perform(post("/api/v1/scenarios/results").contentType(MediaType.APPLICATION_JSON).content(EXAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headline.best").value(0))
                .andExpect(jsonPath("$.headline.answer").value(startsWith("CS-3")))
                .andExpect(jsonPath("$.candidates", hasSize(4)))
                .andExpect(jsonPath("$.candidates[0].latency.ttftP99.unit").value("ms"))
                .andExpect(jsonPath("$.candidates[0].latency.ttftP99.formula").value(containsString("99th percentile")))
                .andExpect(jsonPath("$.candidates[0].cost.blendedSpread.draws").value(2000))
                .andExpect(jsonPath("$.candidates[0].deployment.megawatts.inputs[?(@.name=='pue')].origin")
                        .value("assumed"));
    }

    @Test
    void aSavedScenarioIsAnsweredAsItsCurrentVersion() throws Exception {
        String id = createdId("Answer me");
        mvc.perform(get("/api/v1/scenarios/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headline.best").value(0));
        mvc.perform(get("/api/v1/scenarios/" + id + "/results").param("version", "7"))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidFieldsComeBackAsProblemDetailsWithTheirPaths() throws Exception {
        String wrongDeal = EXAMPLE.replace("\"hardware\":\"nvidia-b200\",\"cost\":{\"kind\":\"default\"}",
                "\"hardware\":\"nvidia-b200\",\"cost\":{\"kind\":\"deal\",\"dealId\":\"openai-cerebras-2026\"}");
        mvc.perform(post("/api/v1/scenarios/results").contentType(MediaType.APPLICATION_JSON).content(wrongDeal))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("candidates[1].cost.dealId"))
                .andExpect(jsonPath("$.errors[0].message").value("is a deal for cerebras-cs-3, not nvidia-b200"));
        create("", EXAMPLE).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aDeletedScenarioAndItsHistoryAreGoneButTheAuditKeepsItsLastState() throws Exception {
        String id = createdId("Short-lived");
        mvc.perform(delete("/api/v1/scenarios/" + id + "?version=1")).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/scenarios/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/scenarios/" + id + "/versions")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/scenarios/" + id + "?version=1")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit?entity=scenario&action=delete&text=" + id)
                        .header("Authorization", TestBackendApplication.basic("admin", "test-admin-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("ana"))
                .andExpect(jsonPath("$[0].entityVersion").value(1))
                .andExpect(jsonPath("$[0].before.name").value("Short-lived"))
                .andExpect(jsonPath("$[0].before.state.candidates", hasSize(4)));
    }

    @Test
    void aDeleteAtAStaleVersionIsAConflictAndDeletesNothing() throws Exception {
        String id = createdId("Guarded");
        update(id, "Guarded, edited", 1, "ben").andExpect(status().isOk());
        mvc.perform(delete("/api/v1/scenarios/" + id + "?version=1")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:edit-conflict"));
        mvc.perform(delete("/api/v1/scenarios/" + id)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(get("/api/v1/scenarios/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Guarded, edited"));
    }

    @Test
    void thePublishedExampleIsAvailableAsAScenario() throws Exception {
        mvc.perform(get("/api/v1/scenarios/examples/codex-spark"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model").value("qwen3-coder-30b-a3b"))
                .andExpect(jsonPath("$.candidates[3].model").value("deepseek-v3"));
    }

    @Test
    void theExampleAnswerLabelsPublishedInputsAndComputedFiguresAndSweepsTheTpotLimit() throws Exception {
        mvc.perform(get("/api/v1/scenarios/examples/codex-spark/answer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scenario.model").value("qwen3-coder-30b-a3b"))
                .andExpect(jsonPath("$.results.candidates.length()").value(4))
                .andExpect(jsonPath("$.claims[0].figureIs").value("computed-by-engine"))
                .andExpect(jsonPath("$.claims[2].figureIs").value("computed-from-sized-inputs"))
                .andExpect(jsonPath("$.claims[4].figureIs").value("input-from-publication"))
                // 3 TPOT limits × 4 options, each with the engine's replicas, $/M and verdict
                .andExpect(jsonPath("$.sloSweep.length()").value(12))
                .andExpect(jsonPath("$.sloSweep[0].tpotMs").value(10.0))
                .andExpect(jsonPath("$.sloSweep[11].tpotMs").value(40.0))
                .andExpect(jsonPath("$.sloSweep[4].replicas").isNumber())
                .andExpect(jsonPath("$.sloSweep[4].usdPerMillionTokens").isNumber());
    }

    @Test
    void aScenarioCarryingTermsIsAnsweredAtThoseTerms() throws Exception {
        String pinned = ScenarioCodec.toJson(scenarios.pinned(PublishedExample.scenario()));
        mvc.perform(post("/api/v1/scenarios/results").contentType(MediaType.APPLICATION_JSON).content(pinned))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.candidates[0].cost.usdPerMillionBlendedTokens.value").value(
                        scenarios.results(PublishedExample.scenario()).candidates().get(0).cost()
                                .usdPerMillionBlendedTokens().value()));
    }
}
