package com.inferplan.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The error contract of decision 0812, case by case: field, value, reason; no internals; right status. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorContractApiTest {

    private static final String EVALUATION = "{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\"}";

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aMisspeltFieldIsRefusedNamingItAndTheFieldsThatExist() throws Exception {
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\",\"chip\":2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is not a field here; fields: ")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("chips")));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsRefusedNotRounded() throws Exception {
        evaluate(EVALUATION.replace("}", ",\"chips\":1.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chips"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number within range"));
    }

    @Test
    void infinityWrittenAsTextIsNotANumber() throws Exception {
        mvc.perform(post("/api/v1/costs").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usdPerChipHour\":\"Infinity\",\"tokensPerSecond\":1000,\"utilization\":0.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usdPerChipHour"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number"));
    }

    @Test
    void anUnknownKindIsRefusedWithTheAllowedValuesAndNoClassName() throws Exception {
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id":"acme-y1","vendor":"Acme","name":"Y1","year":2026,"kind":"gpu","bf16Tflops":500,
                         "memoryKind":"optane","memoryGb":96,"memoryTbPerSecond":3.2,"sourceTitle":"Acme Y1",
                         "status":"VENDOR_PUBLISHED"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memoryKind"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of on_chip_sram, hbm, dram, external_store"))
                .andExpect(content().string(not(containsString("com.inferplan"))));
    }

    @Test
    void aSourceLinkMustBeAnHttpAddress() throws Exception {
        mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id":"acme-y2","vendor":"Acme","name":"Y2","year":2026,"kind":"gpu","bf16Tflops":500,
                         "memoryKind":"hbm","memoryGb":96,"memoryTbPerSecond":3.2,"sourceTitle":"Acme Y2",
                         "sourceUrl":"javascript:alert(1)","status":"VENDOR_PUBLISHED"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sourceUrl"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an http:// or https:// address"));
    }

    @Test
    void aLargeRejectedValueIsCutInTheAnswer() throws Exception {
        String longId = "x".repeat(100_000);
        mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"model\":\"" + longId + "\",\"hardware\":\"nvidia-h100-sxm\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("model"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).hasSizeLessThan(1_500));
    }

    @Test
    void aBodyOverOneMebibyteIs413BeforeItIsRead() throws Exception {
        byte[] body = new byte[(int) RequestBodyLimit.MAX_BYTES + 1];
        mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:body-too-large"));
    }

    @Test
    void theFrontiersSearchSpaceIsBoundedByLimitsTheCallerSees() throws Exception {
        mvc.perform(post("/api/v1/evaluations/frontier?maxBatch=2147483647").contentType(MediaType.APPLICATION_JSON)
                        .content(EVALUATION))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxBatch"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 1 and 1024"));
        mvc.perform(post("/api/v1/evaluations/frontier?maxChips=lots").contentType(MediaType.APPLICATION_JSON)
                        .content(EVALUATION))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maxChips"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number within range"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/hardware/nvidia-h100-sxm"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void concurrentCreatesOfOneIdGiveOneCreatedAndConflictsForTheRest() throws Exception {
        String chip = """
                {"id":"acme-race","vendor":"Acme","name":"Race","year":2026,"kind":"gpu","bf16Tflops":500,
                 "memoryKind":"hbm","memoryGb":96,"memoryTbPerSecond":3.2,"sourceTitle":"Acme Race",
                 "status":"VENDOR_PUBLISHED"}""";
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<Integer> create = () -> {
                start.await();
                return mvc.perform(post("/api/v1/hardware").contentType(MediaType.APPLICATION_JSON).content(chip))
                        .andReturn().getResponse().getStatus();
            };
            statuses.add(pool.submit(create));
        }
        start.countDown();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answered.add(status.get());
        }
        pool.shutdown();
        assertThat(answered).containsOnly(201, 409).containsOnlyOnce(201);
    }
}
