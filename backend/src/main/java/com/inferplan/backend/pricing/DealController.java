package com.inferplan.backend.pricing;

import com.inferplan.backend.support.QueryValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.json.CostJson;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Built-in partner-deal templates with their sources and statuses, and a template evaluated at a utilization. */
@RestController
@RequestMapping(path = "/api/v1/deals", produces = MediaType.APPLICATION_JSON_VALUE)
public class DealController {

    private static final CostJson COST_JSON = new CostJson();

    private final CostBasisService service;

    public DealController(CostBasisService service) {
        this.service = service;
    }

    @GetMapping
    public List<JsonNode> list() {
        return service.dealTemplates().stream().map(t -> (JsonNode) CostBasisJson.dealTemplate(t)).toList();
    }

    /** Rates, derived USD per MW-year, cash flows, take-or-pay note and NPV against on-demand where defined. */
    @GetMapping("/{id}")
    public JsonNode evaluate(@PathVariable String id,
                             @RequestParam(defaultValue = "1.0") String utilization,
                             @RequestParam(required = false) String discountRate,
                             @RequestParam(defaultValue = "year") String period) {
        double rate = discountRate == null ? service.defaultDiscountRate()
                : QueryValues.number("discountRate", discountRate);
        double used = QueryValues.number("utilization", utilization);
        ObjectNode node = COST_JSON.dealEvaluation(service.evaluateDeal(id, used, rate, period(period)));
        node.put("ref", new BasisRef(BasisRef.Origin.DEAL_TEMPLATE, id).toString());
        return node;
    }

    private static CashFlowPeriod period(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "year" -> CashFlowPeriod.YEAR;
            case "month" -> CashFlowPeriod.MONTH;
            default -> throw new InvalidInputException("period", text, "must be year or month");
        };
    }
}
