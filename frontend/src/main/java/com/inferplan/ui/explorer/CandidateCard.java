package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.backend.scenario.DeploymentFigures;
import com.inferplan.backend.scenario.Figure;
import com.inferplan.backend.scenario.LatencyFigures;
import com.inferplan.backend.scenario.TaskTime;
import com.inferplan.backend.scenario.Wording;
import com.vaadin.flow.component.html.Div;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One candidate's KPIs. Every number is a link that opens its formula and inputs; a candidate that
 * does not fit shows the planner's reason instead of numbers, a missing price says why.
 *
 * <p>The card is one element whose content is HTML built here (jsoup escapes every text), with one
 * click listener for all its numbers: as ~90 Vaadin components per card, every answer detached and
 * attached ~270 nodes (a 76 kB push for three options), which was most of the explorer's latency on a
 * busy 2-core machine (decision 0716). Ids stay as they were ({@code candidate-0-usd}, ...).
 */
class CandidateCard extends Div {

    /** The id of the number clicked, or '' (the listener's filter lets only numbers through). */
    private static final String CLICKED = "(event.target.closest('.ipx-number') || {}).id || ''";

    private final String id;
    private final Element content = unindented();
    private final Map<String, Runnable> explanations = new HashMap<>();

    CandidateCard(CandidateResult r, boolean withModel, boolean best, boolean coding) {
        this.id = "candidate-" + r.index();
        setId(id);
        addClassName("ipx-card");
        if (best) {
            addClassName("ipx-card-best");
        }
        getElement().addEventListener("click", e -> {
            Runnable open = explanations.get(e.getEventData().getString(CLICKED));
            if (open != null) {
                open.run();
            }
        }).addEventData(CLICKED).setFilter("event.target.closest('.ipx-number') != null");
        fill(r, withModel, coding);
        getElement().setProperty("innerHTML", content.html());
    }

    private void fill(CandidateResult r, boolean withModel, boolean coding) {
        Element title = div("ipx-card-title").appendChild(span(r.label(withModel)));
        content.appendChild(title);
        content.appendChild(div("ip-muted").text(r.costChoice()));
        if (!r.fits()) {
            content.appendChild(div("ipx-reason").id(id + "-reason").text("Does not fit: " + r.reason()));
            return;
        }
        title.appendChild(badge(r.latency()));
        latency(r.latency());
        cost(r.cost(), r.costReason());
        deployment(r.deployment());
        if (coding) {
            tasks(r);
        }
        content.appendChild(small(r.latency().slo().explanation()));
        r.notes().forEach(n -> content.appendChild(small(n)));
    }

    /** As {@link Badges#slo}, in the card's HTML. */
    private Element badge(LatencyFigures latency) {
        boolean met = latency.slo().met();
        return span(met ? "SLO met" : "SLO not met").id(id + "-slo").addClass("ip-badge").addClass(met ? "ipx-met" : "ipx-missed");
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
            add(row("$/M tokens", small(reason).id(id + "-cost-reason")));
            return;
        }
        Element range = span("P10–P90 " + Wording.usd(c.blendedSpread().p10()) + "–" + Wording.usd(c.blendedSpread().p90()))
                .addClass("ipx-small").id(id + "-usd-range");
        add(row("$/M tokens (input + output)", link("usd", "USD per million tokens (blended)",
                c.usdPerMillionBlendedTokens(), Wording.usd(c.usdPerMillionBlendedTokens().value()), c.sources()), range));
        add(row("$/M output tokens", link("usd-output", "USD per million output tokens", c.usdPerMillionOutputTokens(),
                Wording.usd(c.usdPerMillionOutputTokens().value()), c.sources()), small(" P10–P90 "
                + Wording.usd(c.outputSpread().p10()) + "–" + Wording.usd(c.outputSpread().p90()))));
        add(row("Paid rate · utilization", link("rate", "USD per chip-hour paid", c.usdPerChipHour(), null, c.sources()), sep(),
                link("utilization", "Average utilization", c.utilization(), null)));
    }

    private void deployment(DeploymentFigures d) {
        Element units = link("units", "Units to deploy", d.units(), Wording.units(d.units().value(), d.unitName()));
        Element power = d.megawatts() == null ? small(d.megawattsReason())
                : link("mw", "Facility power incl. PUE", d.megawatts(), null);
        add(row("Units · power for the peak", units, sep(), power));
        add(row("Replicas", link("replicas", "Replicas for the peak", d.replicas(), Wording.count(d.replicas().value())
                + " × " + d.chipsPerReplica() + " chips (" + d.layout() + ")")));
    }

    private void tasks(CandidateResult r) {
        Element line = new Element("div");
        for (int i = 0; i < r.tasks().size(); i++) {
            TaskTime t = r.tasks().get(i);
            if (i > 0) {
                line.appendChild(sep());
            }
            line.appendChild(t.minutes() == null ? small(t.task() + ": " + t.reason())
                    : link("task-" + i, t.task(), t.minutes(), t.task() + " " + taskTime(t.minutes())));
        }
        add(row("Coding task, one attempt", line));
    }

    private static String taskTime(Figure minutes) {
        return minutes.value() < 1 ? Math.round(minutes.value() * 60) + " s"
                : String.format(Locale.ROOT, "%.1f min", minutes.value());
    }

    private Element link(String suffix, String title, Figure figure, String text) {
        return link(suffix, title, figure, text, List.of());
    }

    /** A number that opens its explanation; a cost's figures also list the cost's sources. */
    private Element link(String suffix, String title, Figure figure, String text, List<SourceRef> sources) {
        String figureId = id + "-" + suffix;
        explanations.put(figureId, () -> new FigureDialog(title, figure, sources).open());
        return span(text == null ? FigureText.of(figure) : text).addClass("ipx-number").id(figureId)
                .attr("title", "Open the formula and its inputs");
    }

    /** HTML written as built: pretty-printing would put spaces between the inline numbers and their dots. */
    private static Element unindented() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement("div");
    }

    private void add(Element row) {
        content.appendChild(row);
    }

    private static Element row(String label, Element... values) {
        Element box = div("ipx-kpi-values");
        for (Element v : values) {
            box.appendChild(v);
        }
        return div("ipx-kpi-row").appendChild(div("ipx-kpi-name").text(label)).appendChild(box);
    }

    private static Element div(String className) {
        return new Element("div").addClass(className);
    }

    private static Element span(String text) {
        return new Element("span").text(text);
    }

    private static Element sep() {
        return span(" · ");
    }

    private static Element small(String text) {
        return div("ipx-small").text(text);
    }
}
