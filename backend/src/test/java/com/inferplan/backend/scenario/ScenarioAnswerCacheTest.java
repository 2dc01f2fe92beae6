package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.backend.hardware.CustomHardwareDraft;
import com.inferplan.backend.hardware.HardwareService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The answers cache's key covers the stored data an answer reads (decision 0814). */
@SpringBootTest
class ScenarioAnswerCacheTest {

    @Autowired
    ScenarioService scenarios;

    @Autowired
    HardwareService hardware;

    @BeforeEach
    void signInAsAnalyst() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("ana", "n/a",
                AuthorityUtils.createAuthorityList("ROLE_ANALYST", "ROLE_VIEWER")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void editingACustomChipChangesTheCachedAnswerOfAScenarioThatUsesIt() {
        CustomHardwareDraft chip = draft("cache-x1", 2.0);
        hardware.saveCustom(chip);
        Scenario scenario = PublishedExample.scenario().withCandidates(List.of(
                new Candidate("cache-x1", null, CostChoice.onDemand(3.0), null),
                new Candidate("nvidia-h100-sxm", null, CostChoice.DEFAULT, null)));
        ScenarioResults before = scenarios.resultsWithinLimits(scenario);
        assertThat(scenarios.resultsWithinLimits(scenario)).isSameAs(before);

        CustomHardwareDraft faster = draft("cache-x1", 8.0);
        faster.setVersion(1);
        hardware.saveCustom(faster);
        ScenarioResults after = scenarios.resultsWithinLimits(scenario);
        assertThat(after).isNotSameAs(before);
        assertThat(after.candidates().get(0)).isNotEqualTo(before.candidates().get(0));
        assertThat(after.candidates().get(1)).isEqualTo(before.candidates().get(1));
    }

    private static CustomHardwareDraft draft(String id, double memoryTbPerSecond) {
        CustomHardwareDraft d = new CustomHardwareDraft();
        d.setId(id);
        d.setVendor("Acme");
        d.setName("Cache X1");
        d.setYear(2026);
        d.setBf16Tflops(1000.0);
        d.setMemoryGb(192.0);
        d.setMemoryTbPerSecond(memoryTbPerSecond);
        d.setSourceTitle("test chip");
        return d;
    }
}
