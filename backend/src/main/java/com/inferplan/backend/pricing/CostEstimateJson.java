package com.inferplan.backend.pricing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.pricing.json.CostJson;
import com.inferplan.pricing.uncertainty.MonteCarloResult;

/**
 * An estimate as JSON for {@code POST /api/v1/costs} and {@code cost}: the library's token-cost
 * document (figures, formula, inputs with provenance, flags) plus the basis, the serving inputs,
 * P10/P50/P90 and the tornado when inputs are uncertain, and notes.
 */
public final class CostEstimateJson {

    private static final CostJson COST_JSON = new CostJson();

    private CostEstimateJson() {
    }

    public static ObjectNode of(CostEstimate estimate) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.setAll(COST_JSON.tokenCost(estimate.cost()));
        node.set("basis", CostBasisFormat.basisTree(estimate.spec().basis()));
        node.set("serving", serving(estimate.serving()));
        estimate.usdPerChipHour().ifPresent(rate -> node.set("usdPerChipHour", COST_JSON.explained(rate)));
        node.set("uncertainty", CostBasisFormat.uncertaintyTree(estimate.uncertainty()));
        estimate.spread().ifPresent(spread -> node.set("percentiles", percentiles(spread)));
        estimate.tornado().ifPresent(tornado -> node.set("tornado", COST_JSON.tornado(tornado)));
        node.set("notes", JsonNodeFactory.instance.arrayNode().addAll(estimate.notes().stream()
                .map(JsonNodeFactory.instance::textNode).toList()));
        return node;
    }

    public static String write(ObjectNode node) {
        return COST_JSON.write(node);
    }

    private static ObjectNode serving(ServingInputs serving) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("tokensPerSecond", serving.tokensPerSecond());
        if (serving.inputTokensPerSecond() != null) {
            node.put("inputTokensPerSecond", serving.inputTokensPerSecond());
        }
        node.put("utilization", serving.utilization());
        node.put("inputTokensPerRequest", serving.mix().inputTokensPerRequest());
        node.put("outputTokensPerRequest", serving.mix().outputTokensPerRequest());
        node.put("cachedInputFraction", serving.mix().cachedInputFraction());
        return node;
    }

    private static ObjectNode percentiles(MonteCarloResult spread) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("of", spread.outputName());
        node.put("unit", spread.unit());
        node.put("p10", spread.p10());
        node.put("p50", spread.p50());
        node.put("p90", spread.p90());
        node.put("basePercentile", spread.basePercentile());
        node.put("mean", spread.mean());
        node.put("draws", spread.draws());
        node.put("seed", spread.seed());
        return node;
    }
}
