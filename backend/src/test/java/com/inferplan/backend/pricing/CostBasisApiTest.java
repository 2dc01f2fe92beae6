package com.inferplan.backend.pricing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class CostBasisApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions create(String name, double usdPerChipHour) throws Exception {
        return mvc.perform(post("/api/v1/cost-bases").contentType(MediaType.APPLICATION_JSON)
                .content(body(name, usdPerChipHour, null)));
    }

    private ResultActions update(String id, String name, double usdPerChipHour, int version, String author)
            throws Exception {
        return mvc.perform(put("/api/v1/cost-bases/" + id).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", TestBackendApplication.basic(author, TestBackendApplication.PASSWORD)).content(body(name, usdPerChipHour, version)));
    }

    private static String body(String name, double usdPerChipHour, Integer version) {
        return "{\"name\":\"" + name + "\",\"hardwareId\":\"nvidia-h100-sxm\",\"basis\":{\"type\":\"on-demand\","
                + "\"usdPerChipHour\":" + usdPerChipHour + "}"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    @Test
    void createdBasisIsStoredWithAuthorAndVersionOneUnderAnIdMadeFromItsName() throws Exception {
        create("H100 at Neocloud A", 2.1)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/cost-bases/h100-at-neocloud-a"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.createdBy").value("ana"))
                .andExpect(jsonPath("$.ref").value("saved:h100-at-neocloud-a"));
        mvc.perform(get("/api/v1/cost-bases/h100-at-neocloud-a"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.usdPerChipHour").value(2.1));
        mvc.perform(get("/api/v1/cost-bases")).andExpect(jsonPath("$[*].id", hasItem("h100-at-neocloud-a")));
    }

    @Test
    void updateAtTheVersionReadSucceedsAndAStaleOneIsA409LeavingTheNewerSave() throws Exception {
        create("Shared basis", 2.0).andExpect(status().isCreated());
        update("shared-basis", "Shared basis", 2.2, 1, "bo").andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.updatedBy").value("bo"));
        // Ana still holds version 1: her save must not overwrite Bo's 2.2.
        update("shared-basis", "Shared basis", 1.8, 1, "ana")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:edit-conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("since version 1")));
        mvc.perform(get("/api/v1/cost-bases/shared-basis")).andExpect(jsonPath("$.basis.usdPerChipHour").value(2.2));
    }

    @Test
    void invalidBasisIsRefusedWithItsFieldAndNothingIsSaved() throws Exception {
        create("Broken basis", -3)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basis.usdPerChipHour"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be negative"));
        mvc.perform(get("/api/v1/cost-bases/broken-basis")).andExpect(status().isNotFound());
    }

    @Test
    void putWithoutTheVersionReadIsRefused() throws Exception {
        create("Versionless", 2.0).andExpect(status().isCreated());
        mvc.perform(put("/api/v1/cost-bases/versionless").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Versionless\",\"basis\":{\"type\":\"on-demand\",\"usdPerChipHour\":3}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void copyOfADealTemplateKeepsItsAssumedLabelsUntilAValueChanges() throws Exception {
        mvc.perform(post("/api/v1/cost-bases/copy").param("of", "deal:openai-cerebras-2026"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Copy of OpenAI–Cerebras deal"))
                .andExpect(jsonPath("$.provenance.takeOrPayShare").value("ASSUMED"))
                .andExpect(jsonPath("$.uncertainty.contractValueUsd.type").value("uniform"));
        String changed = """
                {"name":"Cerebras at 50% take-or-pay","hardwareId":"cerebras-cs-3","version":1,
                 "basis":{"type":"partner-deal","contractValueUsd":1.5E10,
                  "capacity":{"quantity":750,"measure":"MEGAWATTS","unit":{"name":"CS-3 system","chipsPerUnit":1,
                  "kwPerUnit":23.0},"pue":1.2},"termYears":3,"ramp":{"availableFractionByYear":[0.2,0.6,1.0]},
                  "takeOrPayShare":0.5,
                  "financing":{"prepaidFraction":0,"financedFraction":0,"financingRateAnnual":0}}}""";
        mvc.perform(put("/api/v1/cost-bases/copy-of-openai-cerebras-deal").contentType(MediaType.APPLICATION_JSON)
                        .content(changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provenance.takeOrPayShare").doesNotExist())
                .andExpect(jsonPath("$.provenance.contractValueUsd").value("DERIVED"));
    }

    @Test
    void deleteNeedsTheCurrentVersion() throws Exception {
        create("Short lived", 2.0).andExpect(status().isCreated());
        mvc.perform(delete("/api/v1/cost-bases/short-lived").param("version", "7")).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/cost-bases/short-lived").param("version", "1")).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/cost-bases/short-lived")).andExpect(status().isNotFound());
    }

    @Test
    void defaultsListTheCatalogBasisPerHardwareWithSources() throws Exception {
        mvc.perform(get("/api/v1/cost-bases/defaults"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.ref=='default:nvidia-h100-sxm')].basis.usdPerChipHour").value(hasItem(2.67)))
                .andExpect(jsonPath("$[?(@.ref=='default:cerebras-cs-3')].basis.type").value(hasItem("owned")));
    }
}
