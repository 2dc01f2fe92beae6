package com.inferplan.ui.evaluate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.evaluation.Evaluation;
import com.inferplan.engine.evaluation.Explanation;
import com.inferplan.engine.perf.OperatorTiming;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** "Explain this number": the formulas, their inputs, the bottleneck and where a decode step's time goes. */
class ExplainDialog extends Dialog {

    ExplainDialog(Evaluation e) {
        setHeaderTitle("How this was computed");
        setWidth("min(1100px, 95vw)");
        setId("explain-dialog");
        Explanation x = e.explanation();
        add(section("Bottleneck"), new Div(e.fits()
                ? "Decode: " + e.decodeBottleneck().label() + " · prefill: " + e.prefillBottleneck().label()
                : "Does not fit: " + e.reason()));
        add(section("Formulas"), list(x.formulas()));
        if (!x.decodeOperators().isEmpty()) {
            add(section("Time of one decode step by operator (per chip)"), operatorChart(x.decodeOperators()));
        }
        add(section("Inputs"), inputs(x.inputs()));
        if (!x.notes().isEmpty()) {
            add(section("Notes (efficiency sources, fallbacks, flags)"), list(x.notes()));
        }
        getFooter().add(new Button("Close", ev -> close()));
    }

    private static EChart operatorChart(List<OperatorTiming> ops) {
        List<OperatorTiming> top = ops.stream().sorted(Comparator.comparingDouble(OperatorTiming::seconds).reversed())
                .limit(14).sorted(Comparator.comparingDouble(OperatorTiming::seconds)).toList();
        ObjectNode option = ChartJson.object();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 160).put("right", 30).put("top", 20).put("bottom", 40);
        option.putObject("xAxis").put("type", "value").put("name", "µs");
        option.putObject("yAxis").put("type", "category")
                .set("data", ChartJson.strings(top.stream().map(o -> o.name() + " (" + o.bound().label() + ")").toList()));
        ObjectNode series = ChartJson.object().put("type", "bar").put("name", "µs per step");
        series.set("data", ChartJson.numbers(top.stream().mapToDouble(o -> o.seconds() * 1e6).toArray()));
        option.putArray("series").add(series);
        EChart chart = new EChart();
        chart.setId("explain-operator-chart");
        chart.setHeight("420px");
        chart.setOption(ChartJson.write(option));
        return chart;
    }

    private static Pre inputs(Map<String, Object> inputs) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(inputs).forEach((k, v) -> text.append(k).append(" = ").append(format(v)).append('\n'));
        return new Pre(text.toString());
    }

    private static String format(Object v) {
        return v instanceof Double d ? Quantities.number(d) : String.valueOf(v);
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList ul = new UnorderedList();
        items.forEach(i -> ul.add(new ListItem(i)));
        return ul;
    }

    private static Div section(String title) {
        Div d = new Div(title);
        d.addClassName("ip-section-title");
        return d;
    }
}
