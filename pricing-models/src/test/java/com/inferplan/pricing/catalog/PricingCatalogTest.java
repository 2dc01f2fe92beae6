package com.inferplan.pricing.catalog;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.uncertainty.Distribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PricingCatalogTest {

    private static final PricingCatalog CATALOG = PricingCatalog.builtIn();
    private static final List<String> CATALOG_HARDWARE_IDS = List.of("cerebras-cs-3", "cerebras-cs-2",
            "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "nvidia-gb200", "nvidia-b300", "nvidia-gb300",
            "amd-mi300x", "amd-mi325x", "amd-mi355x", "google-tpu-v5e", "google-tpu-v5p", "google-tpu-v6e",
            "google-tpu-v7", "aws-trainium2", "aws-trainium3", "aws-inferentia2", "microsoft-maia-100",
            "microsoft-maia-200", "groq-lpu", "sambanova-sn40l", "intel-gaudi3");

    @Test
    void everyCatalogHardwareIdHasADefaultBasisOrSaysWhyNot() {
        assertThat(CATALOG.hardwareIds()).containsExactlyInAnyOrderElementsOf(CATALOG_HARDWARE_IDS);
        for (String id : CATALOG_HARDWARE_IDS) {
            boolean hasDefault = CATALOG.defaultBasis(id).isPresent();
            boolean statesGap = CATALOG.priceGaps(id).stream().anyMatch(g -> g.startsWith("No default cost basis"));
            assertThat(hasDefault).as(id).isNotEqualTo(statesGap);
        }
    }

    @Test
    void awsInstancePriceIsDividedByItsEightGpus() {
        // p5.48xlarge launch list 98.32 USD/instance-hour / 8 = 12.29
        CloudPrice launch = CATALOG.cloudPrices("nvidia-h100-sxm").stream()
                .filter(p -> p.id().equals("aws-p5-on-demand-launch")).findFirst().orElseThrow();
        assertThat(launch.usdPerInstanceHour() / launch.chipsPerInstance()).isCloseTo(launch.usdPerChipHour(),
                within(0.005));
    }

    @Test
    void h100DefaultsToTheMidpointOfTheNeocloudRangeAndKeepsTheRangeAsUncertainty() {
        DefaultBasis basis = CATALOG.defaultBasis("nvidia-h100-sxm").orElseThrow();
        // (2.49 + 2.85) / 2 = 2.67
        assertThat(((OnDemand) basis.basis()).usdPerChipHour()).isCloseTo(2.67, within(1e-9));
        assertThat(basis.uncertainty().get("usdPerChipHour")).isEqualTo(new Distribution.Uniform(2.49, 2.85));
        assertThat(basis.parameterProvenance().get("usdPerChipHour")).isEqualTo(Provenance.DERIVED);
    }

    @Test
    void cerebrasCs3DefaultsToOwnedWithItsSystemPowerAndEstimatedInputs() {
        DefaultBasis basis = CATALOG.defaultBasis("cerebras-cs-3").orElseThrow();
        Owned owned = (Owned) basis.basis();
        assertThat(owned.purchase().usd()).isEqualTo(2_500_000);
        assertThat(owned.power().wattsPerChip()).isEqualTo(23_000);
        var rate = owned.usdPerChipHourPaid(1.0).withProvenance(basis.parameterProvenance());
        assertThat(rate.estimatedInputs()).contains("costOfCapitalAnnual", "wattsPerChip", "purchaseUsd");
        assertThat(CATALOG.priceGaps("cerebras-cs-3")).anyMatch(g -> g.startsWith("No cloud price"));
    }

    @Test
    void groqHasNoChipPriceAndSaysSo() {
        assertThat(CATALOG.defaultBasis("groq-lpu")).isEmpty();
        assertThat(CATALOG.priceGaps("groq-lpu")).contains(
                "No default cost basis: Sold per token only; compare with api-prices.json.");
    }

    @Test
    void unknownHardwareIdIsRefusedWithTheKnownIds() {
        assertThatThrownBy(() -> CATALOG.cloudPrices("nvidia-a100"))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'hardwareId' = nvidia-a100")
                .hasMessageContaining("cerebras-cs-3");
    }

    @Test
    void openAiCerebrasValueDisagreementIsModelledAsARange() {
        DealTemplate t = CATALOG.deal("openai-cerebras-2026");
        assertThat(t.hardwareId()).isEqualTo("cerebras-cs-3");
        assertThat(t.contractValueUsd()).isEqualTo(15e9);
        assertThat(t.uncertainty().get("contractValueUsd")).isEqualTo(new Distribution.Uniform(10e9, 20e9));
        assertThat(t.parameters().get("takeOrPayShare").status()).isEqualTo(Provenance.ASSUMED);
        assertThat(t.parameters().get("committedQuantity").status()).isEqualTo(Provenance.REPORTED);
        // 750 MW / (23 kW · 1.2) = 27,174 systems
        assertThat(t.deal().capacity().units()).isCloseTo(27_174, within(1.0));
    }

    @Test
    void everyRequestedDealTemplateExistsAndNoneClaimsReportedTakeOrPay() {
        assertThat(CATALOG.deals()).extracting(DealTemplate::id).contains("openai-cerebras-2026", "openai-amd-6gw",
                "openai-nvidia-10gw", "anthropic-google-tpu", "anthropic-microsoft-nvidia", "anthropic-aws-rainier");
        assertThat(CATALOG.deals()).allSatisfy(t ->
                assertThat(t.parameters().get("takeOrPayShare").status()).isEqualTo(Provenance.ASSUMED));
        assertThat(CATALOG.dealsNotModelled()).containsKey("NVIDIA-Groq (~20B USD, 2025-12-24)");
    }

    @Test
    void dealEvaluationWithoutOnDemandPriceSaysWhyThereIsNoNpv() {
        TemplateEvaluation result = CATALOG.evaluateDeal("openai-cerebras-2026", 1.0, CashFlowPeriod.YEAR, 0.08);
        assertThat(result.evaluation().npvVersusOnDemand()).isNull();
        assertThat(result.comparisonNote()).startsWith("No NPV: cerebras-cs-3 has no on-demand price");
        // 15e9 / (750 MW · (0.2 + 0.6 + 1.0)) = 11.11M USD per MW-year
        assertThat(result.evaluation().usdPerMegawattYear().value()).isCloseTo(11.11e6, within(0.01e6));
        assertThat(result.evaluation().usdPerMegawattYear().estimatedInputs())
                .contains("netContractValueUsd", "rampYearsSum");
    }

    @Test
    void dealOnHardwareWithOnDemandPriceGetsAnNpv() {
        TemplateEvaluation rainier = CATALOG.evaluateDeal("anthropic-aws-rainier", 0.8, CashFlowPeriod.YEAR, 0.08);
        assertThat(rainier.evaluation().npvVersusOnDemand()).isNotNull();
        assertThat(rainier.evaluation().takeOrPayNotes()).hasSize(1);
    }

    @Test
    void apiPricesAreKeyedByAppModelIds() {
        assertThat(CATALOG.apiModelIds()).contains("llama-3.1-8b", "llama-3.1-70b", "llama-3.3-70b", "gpt-oss-20b",
                "gpt-oss-120b", "qwen3-32b", "qwen3-coder-30b-a3b", "qwen3-235b-a22b", "deepseek-v3", "deepseek-r1",
                "mixtral-8x7b", "mistral-7b");
        ApiPrice groq = CATALOG.apiPrices("gpt-oss-120b").stream()
                .filter(p -> p.provider().equals("Groq")).findFirst().orElseThrow();
        assertThat(groq.tokenPrice().usdPerMillionCachedInput()).isEqualTo(0.075);
        ApiPrice cerebras = CATALOG.apiPrices("gpt-oss-120b").stream()
                .filter(p -> p.provider().equals("Cerebras")).findFirst().orElseThrow();
        assertThat(cerebras.usdPerMillionCachedInput()).isNull();
        assertThat(cerebras.tokenPrice().usdPerMillionCachedInput()).isEqualTo(0.35);
        assertThat(CATALOG.apiPrices("qwen3-8b")).isEmpty();
    }
}
