package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.PublishedClaim;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The published Codex-Spark figures beside what the explorer models for them, with sources: the
 * check that the example reproduces the case (docs/decisions/0404 and 0405).
 */
class ExamplePanel extends Div {

    private final Div table = new Div();

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
        add(title, intro, table);
    }

    void show(List<PublishedClaim> claims) {
        StringBuilder html = new StringBuilder("<table class=\"ip-figure-table\"><thead><tr><th>Claim</th>"
                + "<th>Published</th><th>Modelled here</th><th>Source</th></tr></thead><tbody>");
        for (PublishedClaim c : claims) {
            html.append("<tr><td>").append(escape(c.claim())).append("</td><td class=\"ip-num\">")
                    .append(escape(c.published())).append("</td><td class=\"ip-num\">")
                    .append(escape(c.modelled() == null ? "— (the option it needs does not fit)" : c.modelled()))
                    .append("</td><td><a href=\"").append(escape(c.url())).append("\" target=\"_blank\" rel=\"noopener\">")
                    .append(escape(c.source())).append("</a></td></tr>");
        }
        table.removeAll();
        table.add(new Html("<div>" + html.append("</tbody></table>") + "</div>"));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
