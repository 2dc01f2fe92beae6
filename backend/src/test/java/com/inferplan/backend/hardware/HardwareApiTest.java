package com.inferplan.backend.hardware;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class HardwareApiTest {

    private static final String VALID_CHIP = """
            {"id":"acme-x1","vendor":"Acme","name":"X1","year":2026,"kind":"gpu","bf16Tflops":500,
             "memoryKind":"hbm","memoryGb":96,"memoryTbPerSecond":3.2,"sourceTitle":"Acme X1 datasheet",
             "status":"VENDOR_PUBLISHED"}""";

    @Autowired
    MockMvc mvc;

    @Test
    void cerebrasCs3HasFortyFourGigabytesOfOnChipSramWithItsSource() throws Exception {
        mvc.perform(get("/api/v1/hardware/cerebras-cs-3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memoryTiers[?(@.kind=='ON_CHIP_SRAM')].capacityBytes.value").value(hasItem(44e9)))
                .andExpect(jsonPath("$.memoryTiers[?(@.kind=='ON_CHIP_SRAM')].capacityBytes.source.url").isNotEmpty());
    }

    @Test
    void vendorFilterKeepsOnlyThatVendor() throws Exception {
        mvc.perform(get("/api/v1/hardware").param("vendor", "Cerebras"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.containsInAnyOrder("cerebras-cs-2", "cerebras-cs-3")));
    }

    @Test
    void unknownIdIsA404ProblemNamingTheId() throws Exception {
        mvc.perform(get("/api/v1/hardware/no-such-chip"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no hardware with id 'no-such-chip'"));
    }

    @Test
    void negativeBandwidthIsRejectedWithTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_CHIP.replace("\"id\":\"acme-x1\"", "\"id\":\"acme-neg\"")
                                .replace("\"memoryTbPerSecond\":3.2", "\"memoryTbPerSecond\":-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memoryTbPerSecond"))
                .andExpect(jsonPath("$.errors[0].message").value("must be greater than 0"));
        mvc.perform(get("/api/v1/hardware/acme-neg")).andExpect(status().isNotFound());
    }

    @Test
    void implausibleCapacityIsRejectedByTheCatalogRulesOnTheFormField() throws Exception {
        // 50,000 GB of HBM on one chip is beyond any plausible part: the catalog validator says so.
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_CHIP.replace("\"id\":\"acme-x1\"", "\"id\":\"acme-huge\"")
                                .replace("\"memoryGb\":96", "\"memoryGb\":50000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memoryGb"));
    }

    @Test
    void validCustomChipIsStoredAndListedAsUserDefined() throws Exception {
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON).content(VALID_CHIP))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.userDefined").value(true));
        mvc.perform(get("/api/v1/hardware/acme-x1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.denseFlopsPerSecond.bf16.value").value(500e12));
    }

    @Test
    void aChipEnteredWithoutAStatusIsMarkedUserSuppliedNotVendorPublished() throws Exception {
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_CHIP.replace("acme-x1", "acme-x9").replace("\"status\":\"VENDOR_PUBLISHED\"", "\"derivation\":null")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.denseFlopsPerSecond.bf16.status").value("USER_SUPPLIED"));
    }

    @Test
    void aChipBeyondPhysicsIsRefusedWithTheReason() throws Exception {
        // Issue 15's probe: 1,000,000 TFLOP/s at 50 W.
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_CHIP.replace("acme-x1", "acme-x8").replace("\"bf16Tflops\":500", "\"bf16Tflops\":1000000,\"powerWatts\":50")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("FLOP/s per watt")));
    }

    @Test
    void theHostCpuIsACalibrationReferenceListedOnlyWhenCpusAreAskedFor() throws Exception {
        mvc.perform(get("/api/v1/hardware"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id=='host-cpu')]").isEmpty())
                .andExpect(jsonPath("$[?(@.id=='nvidia-h100-sxm')]").isNotEmpty());
        mvc.perform(get("/api/v1/hardware?kind=cpu"))
                .andExpect(jsonPath("$[?(@.id=='host-cpu')]").isNotEmpty());
    }

    @Test
    void anUnknownMemoryFilterIsAFieldError() throws Exception {
        mvc.perform(get("/api/v1/hardware?memory=optane"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memory"));
    }
}
