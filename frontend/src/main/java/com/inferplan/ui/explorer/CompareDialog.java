package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.ScenarioComparison;
import com.inferplan.backend.scenario.ScenarioComparison.Row;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** Two scenarios or two versions side by side: their inputs, then their answers; differences marked. */
class CompareDialog extends Dialog {

    CompareDialog(ScenarioComparison comparison) {
        setHeaderTitle("Compare: " + comparison.labelA() + " and " + comparison.labelB());
        setWidth("min(1200px, 96vw)");
        setId("compare-dialog");
        add(section("Inputs"), table(comparison, comparison.inputs()), section("Answers"),
                table(comparison, comparison.results()));
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Html table(ScenarioComparison c, List<Row> rows) {
        StringBuilder html = new StringBuilder("<table class=\"ip-figure-table ipx-compare\"><thead><tr><th></th><th>")
                .append(escape(c.labelA())).append("</th><th>").append(escape(c.labelB())).append("</th></tr></thead><tbody>");
        for (Row row : rows) {
            html.append(row.differs() ? "<tr class=\"ipx-diff\">" : "<tr>").append("<th>").append(escape(row.label()))
                    .append("</th><td>").append(escape(row.a())).append("</td><td>").append(escape(row.b()))
                    .append("</td></tr>");
        }
        return new Html(html.append("</tbody></table>").toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static Div section(String title) {
        Div d = new Div(title);
        d.addClassName("ip-section-title");
        return d;
    }
}
