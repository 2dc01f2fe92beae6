package com.inferplan.backend.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.basis.Reserved;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CostBasisFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FieldProblem problemOf(String basisJson) throws Exception {
        JsonNode node = JSON.readTree(basisJson);
        try {
            CostBasisFormat.fromTree(node, null, null);
        } catch (InvalidInputException e) {
            return e.problems().get(0);
        }
        throw new AssertionError("expected " + basisJson + " to be refused");
    }

    @Test
    void everyKindOfBasisSurvivesARoundTripWithItsUncertainty() {
        Owned owned = (Owned) PricingCatalog.builtIn().defaultBasis("nvidia-gb200").orElseThrow().basis();
        var deal = PricingCatalog.builtIn().deal("openai-cerebras-2026");
        for (CostBasis basis : java.util.List.of(new OnDemand(2.0), Reserved.discountedFromOnDemand(3, 2.5, 0.3),
                owned, deal.deal(), new ApiTokenPrice(0.6, 0.15, 2.4))) {
            BasisSpec spec = BasisSpec.certain(basis);
            assertThat(CostBasisFormat.read(CostBasisFormat.write(spec))).isEqualTo(spec);
        }
        BasisSpec uncertain = new BasisSpec(deal.deal(), deal.uncertainty(), deal.provenance());
        assertThat(CostBasisFormat.read(CostBasisFormat.write(uncertain))).isEqualTo(uncertain);
    }

    @Test
    void documentCarriesATypeTagAndTheRecordsFieldNames() {
        JsonNode tree = CostBasisFormat.tree(new BasisSpec(new OnDemand(2.0),
                Map.of("usdPerChipHour", new Distribution.Uniform(1.5, 2.5)),
                Map.of("usdPerChipHour", Provenance.DERIVED)));
        assertThat(tree.toString()).isEqualTo("{\"basis\":{\"type\":\"on-demand\",\"usdPerChipHour\":2.0},"
                + "\"uncertainty\":{\"usdPerChipHour\":{\"type\":\"uniform\",\"min\":1.5,\"max\":2.5}},"
                + "\"provenance\":{\"usdPerChipHour\":\"DERIVED\"}}");
        assertThat(CostBasisFormat.typeOf(new ApiTokenPrice(1, 1, 2))).isEqualTo("api-price");
    }

    @Test
    void negativePriceIsRefusedNamingTheField() throws Exception {
        FieldProblem p = problemOf("{\"type\":\"on-demand\",\"usdPerChipHour\":-2}");
        assertThat(p.field()).isEqualTo("basis.usdPerChipHour");
        assertThat(p.rejectedValue()).isEqualTo(-2.0);
        assertThat(p.message()).isEqualTo("must not be negative");
    }

    @Test
    void nestedRuleNamesTheNestedField() throws Exception {
        FieldProblem p = problemOf("""
                {"type":"owned","purchase":{"usd":30000,"chipsPerUnit":1},
                 "capital":{"depreciationYears":4,"residualValueFraction":0.1,"costOfCapitalAnnual":0.1},
                 "power":{"wattsPerChip":1000,"pue":0.9,"usdPerKwh":0.1,"facilityUsdPerKwMonth":150},
                 "operations":{"maintenanceFractionPerYear":0.04,"staffUsdPerChipYear":400}}""");
        assertThat(p.field()).isEqualTo("basis.power.pue");
        assertThat(p.message()).contains("at least 1.0");
    }

    @Test
    void missingFieldIsRequiredRatherThanZero() throws Exception {
        FieldProblem p = problemOf("{\"type\":\"reserved\",\"termYears\":3,\"discountFraction\":0.3}");
        assertThat(p.field()).isEqualTo("basis.listUsdPerChipHour");
        assertThat(p.message()).isEqualTo("is required");
    }

    @Test
    void unknownTypeAndUnknownFieldAreNamed() throws Exception {
        assertThat(problemOf("{\"type\":\"lease\",\"usdPerChipHour\":2}").field()).isEqualTo("basis.type");
        FieldProblem extra = problemOf("{\"type\":\"on-demand\",\"usdPerChipHour\":2,\"usdPerHour\":2}");
        assertThat(extra.field()).isEqualTo("basis.usdPerHour");
        assertThat(extra.message()).contains("usdPerChipHour");
    }

    @Test
    void partnerDealWithoutDiscountTiersAndApiPriceWithoutCachedPriceGetNeutralDefaults() throws Exception {
        BasisSpec api = CostBasisFormat.fromTree(JSON.readTree(
                "{\"type\":\"api-price\",\"usdPerMillionInput\":0.6,\"usdPerMillionOutput\":2.4}"), null, null);
        assertThat(api.basis()).isEqualTo(new ApiTokenPrice(0.6, 0.6, 2.4));
    }

    @Test
    void uncertaintyMustNameAParameterOfTheBasis() throws Exception {
        JsonNode onDemand = JSON.readTree("{\"type\":\"on-demand\",\"usdPerChipHour\":2}");
        assertThatThrownBy(() -> CostBasisFormat.fromTree(onDemand,
                JSON.readTree("{\"pue\":{\"type\":\"uniform\",\"min\":1.1,\"max\":1.4}}"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("uncertainty.pue");
                    assertThat(e.problems().get(0).message()).contains("usdPerChipHour");
                });
    }
}
