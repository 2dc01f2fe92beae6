package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A share link carries the terms of every default and deal choice (decision 0708), so it shows the
 * numbers it was made with after a template or a catalog price changes.
 */
class PinnedTermsTest {

    private static final ScenarioCalculator CALCULATOR = ScenarioCalculator.builtIn();
    private static Scenario pinned;
    private static ScenarioResults today;

    @BeforeAll
    static void pinTheExample() {
        pinned = CALCULATOR.pinned(PublishedExample.scenario());
        today = CALCULATOR.results(PublishedExample.scenario(), RunControl.NONE);
    }

    @Test
    void everyDefaultAndDealChoiceCarriesItsTermsThroughTheLink() {
        assertThat(pinned.candidates()).allSatisfy(c -> assertThat(c.cost().terms()).isNotNull());
        assertThat(pinned.candidates().get(0).cost().terms().hardware()).isEqualTo("cerebras-cs-3");
        assertThat(pinned.candidates().get(0).cost().terms().basis().get("contractValueUsd").asDouble())
                .isEqualTo(PricingCatalog.builtIn().deal(PublishedExample.DEAL).contractValueUsd());
        String link = ScenarioCodec.toLink(pinned);
        assertThat(ScenarioCodec.fromLink(link)).isEqualTo(pinned);
        assertThat(link.length()).isLessThan(ScenarioCodec.MAX_LINK_CHARS);
    }

    @Test
    void sixDealsStillFitInALink() {
        // the worst case for length: six different templates, each with its full terms and ranges
        List<Candidate> deals = PricingCatalog.builtIn().deals().stream()
                .map(t -> Candidate.of(t.hardwareId(), CostChoice.deal(t.id()))).toList();
        String link = ScenarioCodec.toLink(CALCULATOR.pinned(PublishedExample.scenario().withCandidates(deals)));
        assertThat(deals).hasSize(6);
        assertThat(link.length()).isLessThan(ScenarioCodec.MAX_LINK_CHARS);
    }

    @Test
    void carriedTermsEqualToTodaysGiveTheSameAnswerBitForBit() {
        ScenarioResults fromLink = CALCULATOR.results(pinned, RunControl.NONE);
        for (int i = 0; i < today.candidates().size(); i++) {
            CostFigures now = today.candidates().get(i).cost();
            CostFigures linked = fromLink.candidates().get(i).cost();
            assertThat(linked.usdPerMillionBlendedTokens().value()).isEqualTo(now.usdPerMillionBlendedTokens().value());
            assertThat(linked.blendedSpread().p10()).isEqualTo(now.blendedSpread().p10());
            assertThat(linked.blendedSpread().p90()).isEqualTo(now.blendedSpread().p90());
            assertThat(linked.basis()).isEqualTo(now.basis());
            assertThat(linked.sources()).isEqualTo(now.sources());
            assertThat(fromLink.candidates().get(i).costChoice()).isEqualTo(today.candidates().get(i).costChoice());
        }
    }

    @Test
    void aLinkMadeUnderAnOlderTemplateKeepsItsNumbersAndSaysWhatChanged() {
        // The template once said 1.25 × today's contract value and range. A take-or-pay deal's USD per
        // chip-hour is the contract value over the contracted chip-hours, so every Monte Carlo draw (same
        // seed, same uniform variates) and the base $/M are 1.25 × today's, to rounding.
        DealTemplate template = PricingCatalog.builtIn().deal(PublishedExample.DEAL);
        Candidate cs3 = pinned.candidates().get(0);
        ObjectNode older = cs3.cost().terms().basis().deepCopy();
        older.put("contractValueUsd", template.contractValueUsd() * 1.25);
        ObjectNode olderRanges = cs3.cost().terms().uncertainty().deepCopy();
        ObjectNode range = (ObjectNode) olderRanges.get("contractValueUsd");
        range.put("min", range.get("min").asDouble() * 1.25).put("max", range.get("max").asDouble() * 1.25);
        PinnedTerms olderTerms = new PinnedTerms(cs3.cost().terms().hardware(), older, olderRanges,
                cs3.cost().terms().provenance());
        List<Candidate> candidates = new java.util.ArrayList<>(pinned.candidates());
        candidates.set(0, cs3.withCost(cs3.cost().unpinned().pinned(olderTerms)));
        Scenario oldLink = ScenarioCodec.fromLink(ScenarioCodec.toLink(pinned.withCandidates(candidates)));

        CandidateResult option = CALCULATOR.results(oldLink, RunControl.NONE).candidates().get(0);
        CostFigures then = option.cost();
        CostFigures now = today.candidates().get(0).cost();
        assertThat(then.usdPerMillionBlendedTokens().value())
                .isCloseTo(1.25 * now.usdPerMillionBlendedTokens().value(), within(1e-9 * now.usdPerMillionBlendedTokens().value()));
        assertThat(then.blendedSpread().p10()).isCloseTo(1.25 * now.blendedSpread().p10(),
                within(1e-9 * now.blendedSpread().p10()));
        assertThat(then.blendedSpread().p90()).isCloseTo(1.25 * now.blendedSpread().p90(),
                within(1e-9 * now.blendedSpread().p90()));
        assertThat(then.basis()).endsWith(", terms from the link");
        // 1.25 × 15,000,000,000 = 18,750,000,000
        assertThat(template.contractValueUsd()).isEqualTo(15e9);
        assertThat(String.join(" ", then.notes())).contains("contractValueUsd 18,750,000,000 (today 15,000,000,000); the range of contractValueUsd");
        assertThat(option.costChoice()).isEqualTo("deal openai-cerebras-2026, terms from the link");
        assertThat(option.notes()).anyMatch(n -> n.startsWith("Priced at the terms this scenario carries"));
    }

    @Test
    void changingTheHardwareDropsTermsMadeForTheOldOne() {
        Candidate b200 = pinned.candidates().get(1);
        assertThat(b200.withHardware("nvidia-h100-sxm").cost()).isEqualTo(CostChoice.DEFAULT);
        assertThat(b200.withHardware("nvidia-b200").cost().terms()).isNotNull();
    }

    @Test
    void damagedTermsAreRefusedNamingTheirField() {
        Candidate cs3 = pinned.candidates().get(0);
        ObjectNode broken = cs3.cost().terms().basis().deepCopy();
        broken.put("takeOrPayShare", 1.5);
        List<Candidate> candidates = new java.util.ArrayList<>(pinned.candidates());
        candidates.set(0, cs3.withCost(cs3.cost().unpinned().pinned(new PinnedTerms("cerebras-cs-3", broken,
                cs3.cost().terms().uncertainty(), cs3.cost().terms().provenance()))));
        assertThatThrownBy(() -> CALCULATOR.results(pinned.withCandidates(candidates), RunControl.NONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field())
                        .startsWith("candidates[0].cost.terms.basis"));
    }
}
