package com.inferplan.backend.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.HardwareCatalog;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioBaselinesTest {

    private static final HardwareCatalog CATALOG = HardwareCatalog.builtIn();
    private final PortfolioBaselines baselines = new PortfolioBaselines(id -> CATALOG.find(id).map(Accelerator::vendor));

    @Test
    void allGpusKeepsOnlyTheNvidiaAndAmdPoolsAndEverythingElse() {
        Portfolio example = PortfolioExample.codexSpark();
        // the example's pools: cs3-deal (Cerebras), b200 and h100 (NVIDIA), tpu-v6e (Google), trn2 (AWS)
        Portfolio gpus = baselines.withVendorsOnly(example, PortfolioBaselines.GPU_VENDORS);

        assertThat(gpus.pools()).extracting(PortfolioPool::id).containsExactly("b200", "h100");
        assertThat(gpus.tiers()).isEqualTo(example.tiers());
        assertThat(gpus.constraints()).isEqualTo(example.constraints());
        assertThat(gpus.planMonth()).isEqualTo(example.planMonth());
    }

    @Test
    void vendorsAreComparedWithoutCase() {
        Portfolio cerebras = baselines.withVendorsOnly(PortfolioExample.codexSpark(), Set.of("cerebras"));

        assertThat(cerebras.pools()).extracting(PortfolioPool::id).containsExactly("cs3-deal");
    }

    @Test
    void aVendorWithNoPoolIsRefusedNamingThePools() {
        assertThatThrownBy(() -> baselines.withVendorsOnly(PortfolioExample.codexSpark(), Set.of("Groq")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field()).isEqualTo("pools"));
    }
}
