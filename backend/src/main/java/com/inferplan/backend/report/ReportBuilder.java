package com.inferplan.backend.report;

import com.inferplan.backend.report.Report.AssumptionRow;
import com.inferplan.backend.report.Report.DealCashFlows;
import com.inferplan.backend.report.Report.Flow;
import com.inferplan.backend.report.Report.ReportContext;
import com.inferplan.backend.report.Report.SourceRow;
import com.inferplan.backend.pricing.BasisSpec;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.CostFigures.InputRange;
import com.inferplan.backend.scenario.Headline;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioResults;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.deal.DealEvaluation;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.finance.CashFlowSchedule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scenario and its answer into a {@link Report}: flattens each option's priced inputs into
 * assumption rows, lists its sources, and evaluates the cash flows of deal options at the fleet's
 * utilization (the pricing catalog's evaluation, as the deals view shows it).
 */
public final class ReportBuilder {

    private final PricingCatalog pricing;
    private final Clock clock;
    private final String appVersion;

    public ReportBuilder(PricingCatalog pricing, Clock clock) {
        this.pricing = pricing;
        this.clock = clock;
        this.appVersion = AppVersion.current();
    }

    public Report build(String name, Scenario scenario, ScenarioResults results) {
        ReportContext context = new ReportContext(name, scenario.model(), scenario.workload().lengths().inputTokens(),
                scenario.workload().lengths().outputTokens(), Headline.limits(scenario.workload().slo()),
                clock.instant(), appVersion);
        List<AssumptionRow> assumptions = new ArrayList<>();
        List<SourceRow> sources = new ArrayList<>();
        List<DealCashFlows> flows = new ArrayList<>();
        for (CandidateResult option : results.candidates()) {
            if (option.cost() == null) {
                continue;
            }
            assumptions.addAll(AssumptionRows.of(option));
            String label = Report.optionLabel(option);
            option.cost().sources().forEach(s -> sources.add(new SourceRow(option.index() + 1, label, s.title(), s.url(),
                    s.published(), s.status())));
            CostChoice choice = scenario.candidates().get(option.index()).cost();
            if (choice.kind() == CostChoice.Kind.DEAL) {
                flows.add(cashFlows(option, choice));
            }
        }
        return new Report("InferPlan scenario report: " + name, scenario, results, context, assumptions, sources, flows);
    }

    /** The deal's payments at the terms it was priced at: today's template, or those the scenario carries. */
    private DealCashFlows cashFlows(CandidateResult option, CostChoice choice) {
        CostFigures cost = option.cost();
        double u = cost.utilization().value();
        double rate = pricing.ownedAssumptions().costOfCapitalAnnual().base();
        DealEvaluation yearly = evaluate(choice, u, CashFlowPeriod.YEAR, rate);
        DealEvaluation monthly = evaluate(choice, u, CashFlowPeriod.MONTH, rate);
        Double npv = yearly.npvVersusOnDemand() == null ? null : yearly.npvVersusOnDemand().npvSavingsUsd().value();
        return new DealCashFlows(option.index() + 1, Report.optionLabel(option), cost.basis(), u,
                flows(yearly.cashFlows()), flows(monthly.cashFlows()), npv, rate);
    }

    private DealEvaluation evaluate(CostChoice choice, double u, CashFlowPeriod period, double rate) {
        if (choice.terms() == null) {
            return pricing.evaluateDeal(choice.dealId(), u, period, rate).evaluation();
        }
        BasisSpec terms = choice.terms().spec();
        return pricing.evaluateTerms(choice.terms().hardware(), (PartnerDeal) terms.basis(), terms.provenance(), u,
                period, rate);
    }

    private static List<Flow> flows(CashFlowSchedule schedule) {
        return schedule.flows().stream().map(f -> new Flow(f.period(), f.item(), f.usdPaid())).toList();
    }

    /** The spread of a named input, if the option's Monte Carlo drew it. */
    static InputRange range(CostFigures cost, String name) {
        return cost.blendedSpread().inputs().stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }
}
