package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.backend.scenario.DeploymentFigures;
import com.inferplan.backend.scenario.Figure;
import com.inferplan.backend.scenario.LatencyFigures;
import com.inferplan.backend.scenario.TaskTime;
import com.inferplan.backend.scenario.Wording;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * One candidate's KPIs. Every number is a link that opens its formula and inputs; a candidate that
 * does not fit shows the planner's reason instead of numbers, a missing price says why.
 */
class CandidateCard extends Div {

    private final String id;

    CandidateCard(CandidateResult r, boolean withModel, boolean best, boolean coding) {
        this.id = "candidate-" + r.index();
        setId(id);
        addClassName("ipx-card");
        if (best) {
            addClassName("ipx-card-best");
        }
        Div title = new Div(new Span(r.label(withModel)));
        title.addClassName("ipx-card-title");
        Div basis = new Div(r.costChoice());
        basis.addClassName("ip-muted");
        add(title, basis);
        if (!r.fits()) {
            Div reason = new Div("Does not fit: " + r.reason());
            reason.addClassName("ipx-reason");
            reason.setId(id + "-reason");
            add(reason);
            return;
        }
        title.add(badge(r.latency()));
        latency(r.latency());
        cost(r.cost(), r.costReason());
        deployment(r.deployment());
        if (coding) {
            tasks(r);
        }
        Div slo = new Div(r.latency().slo().explanation());
        slo.addClassName("ipx-small");
        add(slo);
        r.notes().forEach(n -> add(small(n)));
    }

    private Component badge(LatencyFigures latency) {
        Span badge = Badges.slo(latency.slo().met());
        badge.setId(id + "-slo");
        return badge;
    }

    private void latency(LatencyFigures l) {
        add(row("Tokens/s per user", link("tps", "Tokens/s per user", l.tokensPerSecondPerUser(),
                Wording.rate(l.tokensPerSecondPerUser().value()))));
        add(row("TTFT p50 · p99 under load", link("ttft-p50", "TTFT p50", l.ttftP50(), null), sep(),
                link("ttft-p99", "TTFT p99", l.ttftP99(), null)));
        add(row("TPOT p50 · p99", link("tpot-p50", "TPOT p50", l.tpotP50(), null), sep(),
                link("tpot-p99", "TPOT p99", l.tpotP99(), null)));
    }

    private void cost(CostFigures c, String reason) {
        if (c == null) {
            Div none = small(reason);
            none.setId(id + "-cost-reason");
            add(row("$/M tokens", none));
            return;
        }
        Span range = new Span("P10–P90 " + Wording.usd(c.blendedSpread().p10()) + "–" + Wording.usd(c.blendedSpread().p90()));
        range.addClassName("ipx-small");
        range.setId(id + "-usd-range");
        add(row("$/M tokens (input + output)", link("usd", "USD per million tokens (blended)",
                c.usdPerMillionBlendedTokens(), Wording.usd(c.usdPerMillionBlendedTokens().value()), c.sources()), range));
        add(row("$/M output tokens", link("usd-output", "USD per million output tokens", c.usdPerMillionOutputTokens(),
                Wording.usd(c.usdPerMillionOutputTokens().value()), c.sources()), small(" P10–P90 "
                + Wording.usd(c.outputSpread().p10()) + "–" + Wording.usd(c.outputSpread().p90()))));
        add(row("Paid rate · utilization", link("rate", "USD per chip-hour paid", c.usdPerChipHour(), null, c.sources()), sep(),
                link("utilization", "Average utilization", c.utilization(), null)));
    }

    private void deployment(DeploymentFigures d) {
        Component units = link("units", "Units to deploy", d.units(), Wording.units(d.units().value(), d.unitName()));
        Component power = d.megawatts() == null ? small(d.megawattsReason())
                : link("mw", "Facility power incl. PUE", d.megawatts(), null);
        add(row("Units · power for the peak", units, sep(), power));
        add(row("Replicas", link("replicas", "Replicas for the peak", d.replicas(), Wording.count(d.replicas().value())
                + " × " + d.chipsPerReplica() + " chips (" + d.layout() + ")")));
    }

    private void tasks(CandidateResult r) {
        Div line = new Div();
        for (int i = 0; i < r.tasks().size(); i++) {
            TaskTime t = r.tasks().get(i);
            if (i > 0) {
                line.add(sep());
            }
            line.add(t.minutes() == null ? small(t.task() + ": " + t.reason())
                    : link("task-" + i, t.task(), t.minutes(), t.task() + " " + taskTime(t.minutes())));
        }
        add(row("Coding task, one attempt", line));
    }

    private static String taskTime(Figure minutes) {
        return minutes.value() < 1 ? Math.round(minutes.value() * 60) + " s"
                : String.format(Locale.ROOT, "%.1f min", minutes.value());
    }

    private Component link(String suffix, String title, Figure figure, String text) {
        return link(suffix, title, figure, text, List.of());
    }

    /** A number that opens its explanation; a cost's figures also list the cost's sources. */
    private Component link(String suffix, String title, Figure figure, String text, List<SourceRef> sources) {
        Span value = new Span(text == null ? FigureText.of(figure) : text);
        value.addClassName("ipx-number");
        value.setId(id + "-" + suffix);
        value.getElement().setAttribute("title", "Open the formula and its inputs");
        value.addClickListener(e -> new FigureDialog(title, figure, sources).open());
        return value;
    }

    private static Div row(String label, Component... values) {
        Div name = new Div(label);
        name.addClassName("ipx-kpi-name");
        Div content = new Div(values);
        content.addClassName("ipx-kpi-values");
        Div row = new Div(name, content);
        row.addClassName("ipx-kpi-row");
        return row;
    }

    private static Span sep() {
        return new Span(" · ");
    }

    private static Div small(String text) {
        Div d = new Div(text);
        d.addClassName("ipx-small");
        return d;
    }
}
