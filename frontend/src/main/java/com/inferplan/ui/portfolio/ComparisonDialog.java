package com.inferplan.ui.portfolio;

import com.inferplan.ui.portfolio.PortfolioComparison.Row;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.springframework.web.util.HtmlUtils;

/** 2–4 portfolios' answers side by side; rows where they differ are marked. */
class ComparisonDialog extends Dialog {

    ComparisonDialog(PortfolioComparison comparison) {
        setHeaderTitle("Compare " + comparison.labels().size() + " portfolios");
        setWidth("min(1300px, 96vw)");
        setId("pf-compare-dialog");
        StringBuilder html = new StringBuilder("<table class=\"ip-figure-table ipx-compare\" id=\"pf-compare-table\">"
                + "<thead><tr><th></th>");
        comparison.labels().forEach(l -> html.append("<th>").append(HtmlUtils.htmlEscape(l)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (Row row : comparison.rows()) {
            html.append(row.differs() ? "<tr class=\"ipx-diff\">" : "<tr>").append("<th>")
                    .append(HtmlUtils.htmlEscape(row.label())).append("</th>");
            row.values().forEach(v -> html.append("<td>").append(HtmlUtils.htmlEscape(v)).append("</td>"));
            html.append("</tr>");
        }
        Div scroll = new Div(new Html(html.append("</tbody></table>").toString()));
        scroll.addClassName("ipp-scroll");
        Div hint = new Div("Each column is optimised on its own; shaded rows differ.");
        hint.addClassName("ip-muted");
        add(hint, scroll);
        getFooter().add(new Button("Close", e -> close()));
    }
}
