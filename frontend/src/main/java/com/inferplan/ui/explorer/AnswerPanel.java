package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.Frontier;
import com.inferplan.backend.scenario.PublishedClaim;
import com.inferplan.backend.scenario.SloSweepRow;
import com.inferplan.backend.scenario.ScenarioResults;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The answer: the headline sentence and why, one KPI card per option, the Pareto and cost charts,
 * and, for the published example, its claims beside the modelled figures.
 */
class AnswerPanel extends Div {

    private final H2 headline = new H2();
    private final Div why = new Div();
    private final Div cards = new Div();
    private final ParetoChart pareto = new ParetoChart();
    private final CostChart cost = new CostChart();
    private final ExamplePanel example = new ExamplePanel();
    private List<CandidateResult> candidates = List.of();

    AnswerPanel() {
        addClassName("ipx-answer");
        headline.setId("explorer-headline");
        headline.addClassName("ipx-headline");
        why.setId("explorer-why");
        why.addClassName("ipx-why");
        cards.setId("explorer-cards");
        cards.addClassName("ipx-cards");
        Div charts = new Div(pareto, cost);
        charts.addClassName("ipx-charts");
        Span hint = new Span("Click any number for its formula and inputs. Figures marked “estimate” come from the"
                + " performance model, the load simulation or assumptions.");
        hint.addClassName("ip-muted");
        example.setVisible(false);
        add(headline, why, hint, cards, charts, example);
    }

    /** @param coding whether the workload is coding, where the preset coding tasks' minutes matter */
    void show(ScenarioResults results, boolean coding) {
        headline.setText(results.headline().answer());
        why.setText(results.headline().why());
        candidates = results.candidates();
        boolean withModel = candidates.stream().map(CandidateResult::model).distinct().count() > 1;
        cards.removeAll();
        Integer best = results.headline().best();
        candidates.forEach(c -> cards.add(new CandidateCard(c, withModel, best != null && best == c.index(), coding)));
        cost.show(candidates);
    }

    void showFrontiers(List<Frontier> frontiers) {
        pareto.show(frontiers, candidates);
    }

    void showClaims(List<PublishedClaim> claims) {
        example.show(claims);
        example.setVisible(true);
    }

    void showSloSweep(List<SloSweepRow> rows) {
        example.showSweep(rows);
    }

    void hideClaims() {
        example.setVisible(false);
    }

    /** Inputs the service rejected: the old answer would mislead, so it is replaced by what to fix. */
    void showInvalid(String message) {
        headline.setText("Fix the highlighted inputs to get an answer.");
        why.setText(message);
        cards.removeAll();
    }
}
