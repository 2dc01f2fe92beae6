package com.inferplan.pricing.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.pricing.catalog.TemplateEvaluation;
import com.inferplan.pricing.deal.DealEvaluation;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import com.inferplan.pricing.finance.CashFlow;
import com.inferplan.pricing.finance.CashFlowSchedule;
import com.inferplan.pricing.tokens.TokenCost;
import com.inferplan.pricing.uncertainty.Distribution;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.inferplan.pricing.uncertainty.TornadoChart;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON documents for the CLI {@code cost} command and the REST API. Field names are a contract:
 * {@code usdPerMillionOutputTokens}, {@code formula}, {@code inputs}, {@code flags}.
 */
public final class CostJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Per-token costs with the output formula opened at the top level and the full tree below. */
    public ObjectNode tokenCost(TokenCost cost) {
        Explained output = cost.usdPerMillionOutputTokens();
        ObjectNode node = mapper.createObjectNode();
        node.put("usdPerMillionOutputTokens", output.value());
        node.put("usdPerMillionInputTokens", cost.usdPerMillionInputTokens().value());
        node.put("usdPerMillionBlendedTokens", cost.usdPerMillionBlendedTokens().value());
        node.set("mix", mapper.valueToTree(cost.mix()));
        node.put("formula", output.formula());
        node.set("inputs", inputs(output));
        node.set("estimatedInputs", mapper.valueToTree(output.estimatedInputs()));
        node.set("flags", flags(output));
        ObjectNode explained = node.putObject("explained");
        explained.set("usdPerMillionInputTokens", explained(cost.usdPerMillionInputTokens()));
        explained.set("usdPerMillionOutputTokens", explained(output));
        explained.set("usdPerMillionBlendedTokens", explained(cost.usdPerMillionBlendedTokens()));
        return node;
    }

    /** A computed value with its formula, inputs (nested derivations included) and flags. */
    public ObjectNode explained(Explained value) {
        ObjectNode node = mapper.createObjectNode();
        node.put("quantity", value.quantity());
        node.put("value", value.value());
        node.put("unit", value.unit());
        node.put("formula", value.formula());
        node.set("inputs", inputs(value));
        node.set("estimatedInputs", mapper.valueToTree(value.estimatedInputs()));
        node.set("flags", flags(value));
        return node;
    }

    /** {@code cost --deal ID}: rates, derived USD per MW-year, yearly cash flows, take-or-pay note, NPV. */
    public ObjectNode dealEvaluation(TemplateEvaluation result) {
        DealTemplate t = result.template();
        ObjectNode node = mapper.createObjectNode();
        node.put("dealId", t.id());
        node.put("title", t.title());
        node.put("buyer", t.buyer());
        node.put("supplier", t.supplier());
        node.put("announced", t.announced());
        node.put("hardwareId", t.hardwareId());
        node.put("hardwareNote", t.hardwareNote());
        node.put("scope", t.scope().name());
        node.setAll(dealEvaluation(result.evaluation()));
        node.put("comparisonNote", result.comparisonNote());
        node.set("parameters", mapper.valueToTree(new TreeMap<>(t.parameters())));
        node.set("uncertainty", distributions(t.uncertainty()));
        node.set("sources", mapper.valueToTree(t.sources()));
        node.put("notes", t.notes());
        return node;
    }

    public ObjectNode dealEvaluation(DealEvaluation e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("utilization", e.utilization());
        node.put("unit", e.deal().capacity().unit().name());
        node.put("usdPerUnitHour", e.usdPerUnitHour().value());
        node.put("usdPerChipHour", e.usdPerChipHour().value());
        node.put("usdPerUsedChipHour", e.usdPerUsedChipHour().value());
        node.put("usdPerMegawattYear", e.usdPerMegawattYear().value());
        node.put("usdPerMegawattYearLabel", "derived");
        node.put("committedUnits", e.deal().capacity().units());
        node.put("committedChips", e.deal().capacity().chips());
        node.put("facilityMegawatts", e.deal().capacity().facilityMegawatts());
        node.set("cashFlows", cashFlows(e.cashFlows()));
        node.put("takeOrPayNote", e.takeOrPayNotes().isEmpty() ? null : e.takeOrPayNotes().get(0).message());
        if (e.npvVersusOnDemand() != null) {
            ObjectNode npv = node.putObject("npvVersusOnDemand");
            npv.put("npvSavingsUsd", e.npvVersusOnDemand().npvSavingsUsd().value());
            npv.put("discountRateAnnual", e.npvVersusOnDemand().discountRateAnnual());
            npv.set("explained", explained(e.npvVersusOnDemand().npvSavingsUsd()));
            npv.set("onDemandCashFlows", cashFlows(e.npvVersusOnDemand().onDemandCashFlows()));
        }
        ObjectNode explained = node.putObject("explained");
        explained.set("usdPerUnitHour", explained(e.usdPerUnitHour()));
        explained.set("usdPerChipHour", explained(e.usdPerChipHour()));
        explained.set("usdPerMegawattYear", explained(e.usdPerMegawattYear()));
        return node;
    }

    public ObjectNode monteCarlo(MonteCarloResult result) {
        return mapper.valueToTree(result);
    }

    public ObjectNode tornado(TornadoChart chart) {
        return mapper.valueToTree(chart);
    }

    public String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** Written with the declared value type so each distribution keeps its "type" tag. */
    private JsonNode distributions(Map<String, Distribution> byInput) {
        try {
            return mapper.readTree(mapper.writerFor(new TypeReference<TreeMap<String, Distribution>>() { })
                    .writeValueAsString(new TreeMap<>(byInput)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("distributions are plain records and always serialize", e);
        }
    }

    private ArrayNode cashFlows(CashFlowSchedule schedule) {
        Map<Integer, Map<String, Double>> itemsByPeriod = new TreeMap<>();
        schedule.totalsByPeriod().keySet().forEach(p -> itemsByPeriod.put(p, new TreeMap<>()));
        for (CashFlow flow : schedule.flows()) {
            itemsByPeriod.get(flow.period()).merge(flow.item(), flow.usdPaid(), Double::sum);
        }
        ArrayNode array = mapper.createArrayNode();
        String periodName = schedule.period().name().toLowerCase(Locale.ROOT);
        schedule.totalsByPeriod().forEach((period, total) -> {
            ObjectNode row = array.addObject();
            row.put(periodName, period);
            row.put("usdPaid", total);
            row.set("items", mapper.valueToTree(itemsByPeriod.get(period)));
        });
        return array;
    }

    private ArrayNode inputs(Explained value) {
        ArrayNode array = mapper.createArrayNode();
        for (FormulaInput input : value.inputs()) {
            ObjectNode node = array.addObject();
            node.put("name", input.name());
            node.put("value", input.value());
            node.put("unit", input.unit());
            node.put("provenance", input.provenance().name());
            if (input.derivation() != null) {
                node.set("derivation", explained(input.derivation()));
            }
        }
        return array;
    }

    private ArrayNode flags(Explained value) {
        ArrayNode array = mapper.createArrayNode();
        for (CostFlag flag : value.flags()) {
            array.addObject().put("kind", flag.kind().name()).put("message", flag.message());
        }
        return array;
    }
}
