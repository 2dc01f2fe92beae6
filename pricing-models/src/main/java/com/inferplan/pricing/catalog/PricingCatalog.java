package com.inferplan.pricing.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.deal.DealEvaluation;
import com.inferplan.pricing.deal.DealEvaluator;
import com.inferplan.pricing.finance.CashFlowPeriod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Built-in prices, assumptions, deal templates and API prices, keyed by catalog hardware ids and
 * app model ids. Every number carries its source; gaps are stated rather than filled silently.
 */
public final class PricingCatalog {

    private final CatalogFiles.CloudPrices cloud;
    private final CatalogFiles.PurchasePrices purchase;
    private final CatalogFiles.Assumptions assumptions;
    private final CatalogFiles.Deals deals;
    private final CatalogFiles.ApiPrices api;
    private final Set<String> hardwareIds;

    private PricingCatalog(ObjectMapper mapper) {
        cloud = CatalogFiles.read(mapper, "cloud-prices.json", CatalogFiles.CloudPrices.class);
        purchase = CatalogFiles.read(mapper, "purchase-prices.json", CatalogFiles.PurchasePrices.class);
        assumptions = CatalogFiles.read(mapper, "assumptions.json", CatalogFiles.Assumptions.class);
        deals = CatalogFiles.read(mapper, "deals.json", CatalogFiles.Deals.class);
        api = CatalogFiles.read(mapper, "api-prices.json", CatalogFiles.ApiPrices.class);
        hardwareIds = new TreeSet<>(assumptions.defaults().keySet());
        hardwareIds.addAll(assumptions.noDefault().keySet());
        CatalogConsistency.check(this);
    }

    private static final class BuiltIn {
        private static final PricingCatalog INSTANCE = new PricingCatalog(new ObjectMapper());
    }

    /** The catalog from the module's resources, loaded and checked once. */
    public static PricingCatalog builtIn() {
        return BuiltIn.INSTANCE;
    }

    public Set<String> hardwareIds() {
        return Set.copyOf(hardwareIds);
    }

    public List<CloudPrice> cloudPrices(String hardwareId) {
        requireKnown(hardwareId);
        return cloud.prices().stream().filter(p -> p.hardwareId().equals(hardwareId)).toList();
    }

    public List<PurchasePrice> purchasePrices(String hardwareId) {
        requireKnown(hardwareId);
        return purchase.prices().stream().filter(p -> p.hardwareId().equals(hardwareId)).toList();
    }

    /** All-in IT watts per chip (host and network share included), where a figure exists. */
    public Optional<AssumedValue> wattsPerChip(String hardwareId) {
        requireKnown(hardwareId);
        CatalogFiles.PowerAssumption power = assumptions.power().get(hardwareId);
        return power == null ? Optional.empty() : Optional.of(power.wattsPerChip());
    }

    public OwnedAssumptions ownedAssumptions() {
        return assumptions.owned();
    }

    /** The default basis, or empty where no usable price exists ({@link #priceGaps} says why). */
    public Optional<DefaultBasis> defaultBasis(String hardwareId) {
        requireKnown(hardwareId);
        CatalogFiles.DefaultChoice choice = assumptions.defaults().get(hardwareId);
        if (choice == null) {
            return Optional.empty();
        }
        if ("ON_DEMAND".equals(choice.kind())) {
            return Optional.of(DefaultBases.onDemand(hardwareId, cloudPrice(choice.priceId()), choice.why()));
        }
        AssumedValue watts = wattsPerChip(hardwareId).orElseThrow(() ->
                new PricingDataException(hardwareId, "an owned default needs a power figure"));
        return Optional.of(DefaultBases.owned(hardwareId, purchasePrice(choice.purchaseId()), watts,
                assumptions.owned(), choice.why()));
    }

    /** Statements of what is missing for this hardware id: rental, purchase, power, default basis. */
    public List<String> priceGaps(String hardwareId) {
        requireKnown(hardwareId);
        List<String> gaps = new ArrayList<>();
        addGap(gaps, "No cloud price: ", cloud.noPrice().get(hardwareId));
        addGap(gaps, "No purchase price: ", purchase.noPrice().get(hardwareId));
        addGap(gaps, "No power figure: ", assumptions.noPower().get(hardwareId));
        addGap(gaps, "No default cost basis: ", assumptions.noDefault().get(hardwareId));
        return gaps;
    }

    public List<DealTemplate> deals() {
        return deals.templates();
    }

    public DealTemplate deal(String id) {
        return deals.templates().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
                new PricingInputException("dealId", id, "unknown deal template; known: "
                        + deals.templates().stream().map(DealTemplate::id).toList()));
    }

    /** Reported deals left out of the templates, with the reason. */
    public Map<String, String> dealsNotModelled() {
        Map<String, String> byDeal = new LinkedHashMap<>();
        deals.notModelled().forEach(d -> byDeal.put(d.deal(), d.reason()));
        return byDeal;
    }

    /** Provider prices for an app model id; empty where none was found. */
    public List<ApiPrice> apiPrices(String modelId) {
        return api.models().getOrDefault(modelId, List.of());
    }

    public Set<String> apiModelIds() {
        return new TreeSet<>(api.models().keySet());
    }

    /**
     * Evaluates a deal template, with NPV against the hardware's default on-demand price where it
     * has one, and results relabelled with the template's reported/assumed statuses.
     */
    public TemplateEvaluation evaluateDeal(String dealId, double utilization, CashFlowPeriod period,
                                           double discountRateAnnual) {
        DealTemplate template = deal(dealId);
        DealEvaluation evaluation = evaluateTerms(template.hardwareId(), template.deal(), template.provenance(),
                utilization, period, discountRateAnnual);
        return new TemplateEvaluation(template, evaluation, npvNote(template.hardwareId()));
    }

    /**
     * Evaluates deal terms that need not be today's template (a scenario may carry the terms in effect
     * when it was shared), with NPV against the hardware's default on-demand price where it has one.
     */
    public DealEvaluation evaluateTerms(String hardwareId, PartnerDeal deal, Map<String, Provenance> provenance,
                                        double utilization, CashFlowPeriod period, double discountRateAnnual) {
        Optional<OnDemand> onDemand = onDemandDefault(hardwareId);
        DealEvaluation evaluation = onDemand.isPresent()
                ? DealEvaluator.evaluate(deal, utilization, period, onDemand.get(), discountRateAnnual)
                : DealEvaluator.evaluate(deal, utilization, period);
        return evaluation.withProvenance(provenance);
    }

    private Optional<OnDemand> onDemandDefault(String hardwareId) {
        return hardwareIds.contains(hardwareId) ? defaultBasis(hardwareId).map(DefaultBasis::basis)
                .filter(OnDemand.class::isInstance).map(OnDemand.class::cast) : Optional.empty();
    }

    private String npvNote(String hardwareId) {
        Optional<DefaultBasis> basis = defaultBasis(hardwareId);
        if (basis.isPresent() && basis.get().basis() instanceof OnDemand onDemand) {
            return "NPV against renting the used capacity on demand at " + onDemand.usdPerChipHour()
                    + " USD/chip-hour (" + hardwareId + " default). " + basis.get().rationale();
        }
        return "No NPV: " + hardwareId + " has no on-demand price to compare with.";
    }

    CatalogFiles.CloudPrices cloudFile() {
        return cloud;
    }

    CatalogFiles.PurchasePrices purchaseFile() {
        return purchase;
    }

    CatalogFiles.Assumptions assumptionsFile() {
        return assumptions;
    }

    private CloudPrice cloudPrice(String id) {
        return cloud.prices().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new PricingDataException(id, "default names an unknown cloud price"));
    }

    private PurchasePrice purchasePrice(String id) {
        return purchase.prices().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new PricingDataException(id, "default names an unknown purchase price"));
    }

    private void requireKnown(String hardwareId) {
        if (!hardwareIds.contains(hardwareId)) {
            throw new PricingInputException("hardwareId", hardwareId, "unknown hardware id; known: " + hardwareIds);
        }
    }

    private static void addGap(List<String> gaps, String prefix, String reason) {
        if (reason != null) {
            gaps.add(prefix + reason);
        }
    }
}
