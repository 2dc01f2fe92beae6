package com.inferplan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.inferplan.backend.pricing.BasisSpec;
import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.backend.pricing.CostEstimateJson;
import com.inferplan.backend.pricing.CostEstimator;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.pricing.SpreadSettings;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.DefaultBasis;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.catalog.TemplateEvaluation;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.json.CostJson;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

/**
 * {@code cost}: USD per million tokens from a chip-hour price (or a hardware id's default basis),
 * a built-in partner deal evaluated at a utilization, or the list of deal templates. Prints JSON.
 */
final class CostCommand implements Command {

    private static final Set<String> FLAGS = Set.of("usd-per-chip-hour", "hardware", "tokens-per-second",
            "input-tokens-per-second", "utilization", "input-output-ratio", "deal", "deals", "discount-rate", "period",
            "format");
    private static final CostJson JSON = new CostJson();

    @Override
    public String name() {
        return "cost";
    }

    @Override
    public String usage() {
        return "cost (--usd-per-chip-hour X | --hardware ID) --tokens-per-second Y --utilization U"
                + " [--input-tokens-per-second I] [--input-output-ratio R] [--format json]"
                + " | cost --deal ID [--utilization U] [--discount-rate R] [--period year|month] | cost --deals";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(FLAGS);
        args.format(Set.of("json"));
        PricingCatalog catalog = PricingCatalog.builtIn();
        if (args.text("deals").isPresent()) {
            out.println(JSON.write(dealList(catalog)));
        } else if (args.text("deal").isPresent()) {
            out.println(JSON.write(JSON.dealEvaluation(evaluateDeal(args, catalog))));
        } else {
            out.println(CostEstimateJson.write(CostEstimateJson.of(tokenCost(args, catalog))));
        }
        return 0;
    }

    private static CostEstimate tokenCost(Arguments args, PricingCatalog catalog) {
        if (args.text("usd-per-chip-hour").isPresent() == args.text("hardware").isPresent()) {
            throw new UsageException("give exactly one of --usd-per-chip-hour X or --hardware ID");
        }
        double tokensPerSecond = args.number("tokens-per-second")
                .orElseThrow(() -> new UsageException("--tokens-per-second is required"));
        double utilization = args.number("utilization")
                .orElseThrow(() -> new UsageException("--utilization is required (a fraction in (0, 1])"));
        double ratio = args.number("input-output-ratio").orElse(ServingInputs.DEFAULT_INPUT_OUTPUT_RATIO);
        Double inputTokensPerSecond = args.number("input-tokens-per-second").orElse(null);
        return CostFlags.check(() -> {
            ServingInputs serving = new ServingInputs(tokensPerSecond, inputTokensPerSecond, utilization,
                    ServingInputs.mixOfRatio(ratio));
            if (args.text("hardware").isPresent()) {
                DefaultBasis basis = defaultBasis(catalog, args.require("hardware"));
                return CostEstimator.estimate(new BasisSpec(basis.basis(), basis.uncertainty(),
                        basis.parameterProvenance()), serving, SpreadSettings.DEFAULT);
            }
            double usdPerChipHour = args.number("usd-per-chip-hour").orElseThrow();
            return CostEstimator.estimate(BasisSpec.certain(new OnDemand(usdPerChipHour)), serving,
                    SpreadSettings.DEFAULT);
        });
    }

    private static DefaultBasis defaultBasis(PricingCatalog catalog, String hardwareId) {
        return catalog.defaultBasis(hardwareId).orElseThrow(() -> new UsageException("--hardware '" + hardwareId
                + "' has no default cost basis: " + String.join(" ", catalog.priceGaps(hardwareId))
                + " Give --usd-per-chip-hour instead."));
    }

    private static TemplateEvaluation evaluateDeal(Arguments args, PricingCatalog catalog) {
        String dealId = args.require("deal");
        double utilization = args.number("utilization").orElse(1.0);
        // Default discount rate: the cost of capital the catalog assumes for owned hardware.
        double discountRate = args.number("discount-rate")
                .orElse(catalog.ownedAssumptions().costOfCapitalAnnual().base());
        CashFlowPeriod period = CashFlowPeriod.valueOf(args.choice("period", "year", Set.of("year", "month"))
                .toUpperCase(Locale.ROOT));
        return CostFlags.check(() -> {
            Require.utilization("utilization", utilization);
            Require.annualRate("discountRate", discountRate);
            return catalog.evaluateDeal(dealId, utilization, period, discountRate);
        });
    }

    private static ArrayNode dealList(PricingCatalog catalog) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (DealTemplate t : catalog.deals()) {
            list.addObject().put("id", t.id()).put("title", t.title()).put("buyer", t.buyer())
                    .put("supplier", t.supplier()).put("announced", t.announced()).put("hardwareId", t.hardwareId())
                    .put("scope", t.scope().name()).put("contractValueUsd", t.contractValueUsd())
                    .put("contractValueStatus", t.parameters().get("contractValueUsd").status().name());
        }
        return list;
    }
}
