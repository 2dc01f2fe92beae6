package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.PublishedClaim;
import com.inferplan.backend.scenario.SloSweepRow;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The published Codex-Spark figures beside what the explorer models for them, with sources and with
 * whether each modelled figure is an input taken from the publication or computed by the engine (a
 * figure built from the publication is no confirmation of it), then how the options move with the TPOT
 * limit (docs/decisions/0404, 0405 and 0709).
 */
class ExamplePanel extends Div {

    private final Div table = new Div();
    private final Div sweep = new Div();

    ExamplePanel() {
        setId("explorer-example-panel");
        addClassName("ipx-example");
        Div title = new Div("Published case: GPT-5.3-Codex-Spark on Cerebras (OpenAI, 2026-02-12)");
        title.addClassName("ip-section-title");
        Div intro = new Div("Open models stand in for OpenAI's: qwen3-coder-30b-a3b plays the compact Spark, DeepSeek-V3"
                + " on B200 the large GPT-5.3-Codex. The large model's figures are taken as GPU fleets are usually run"
                + " (TPOT p90 ≤ 20 ms), since no GPU option reaches this scenario's Spark-class limit. Derivations:"
                + " docs/decisions/0404-transport-defaults.md and 0405-agentic-task-model.md.");
        intro.addClassName("ip-muted");
        sweep.setId("explorer-example-slo-sweep");
        add(title, intro, table, sweep);
    }

    void show(List<PublishedClaim> claims) {
        StringBuilder html = new StringBuilder("<table class=\"ip-figure-table\"><thead><tr><th>Claim</th>"
                + "<th>Published</th><th>Modelled here</th><th>The modelled figure is</th><th>Source</th></tr></thead>"
                + "<tbody>");
        for (PublishedClaim c : claims) {
            html.append("<tr><td>").append(escape(c.claim())).append("</td><td class=\"ip-num\">")
                    .append(escape(c.published())).append("</td><td class=\"ip-num\">")
                    .append(escape(c.modelled() == null ? "— (the option it needs does not fit)" : c.modelled()))
                    .append("</td><td><strong>").append(escape(c.figureIs().words())).append("</strong><div class=\"ip-muted\">")
                    .append(escape(c.how())).append("</div></td><td><a href=\"").append(escape(c.url()))
                    .append("\" target=\"_blank\" rel=\"noopener\">").append(escape(c.source())).append("</a></td></tr>");
        }
        table.removeAll();
        table.add(new Html("<div>" + html.append("</tbody></table>") + "</div>"));
        sweep.removeAll();
        sweep.add(new Div("Answering every option again at TPOT limits of 10, 20 and 40 ms…"));
    }

    void showSweep(List<SloSweepRow> rows) {
        StringBuilder html = new StringBuilder("<div><div class=\"ip-section-title\">How the comparison moves with the"
                + " TPOT limit</div><div class=\"ip-muted\">Each row is the engine's answer for this scenario with only"
                + " the TPOT limit changed (TTFT limit and percentile kept): replicas sized for the peak, blended $/M"
                + " tokens with its P10–P90, and whether the simulated clients met the limits.</div>"
                + "<table class=\"ip-figure-table\"><thead><tr><th>TPOT limit</th><th>Option</th><th>Replicas (chips)</th>"
                + "<th>$/M tokens (P10–P90)</th><th>Tokens/s per user</th><th>SLO</th></tr></thead><tbody>");
        rows.forEach(r -> html.append(SweepCells.row(r)));
        sweep.removeAll();
        sweep.add(new Html(html.append("</tbody></table></div>").toString()));
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
