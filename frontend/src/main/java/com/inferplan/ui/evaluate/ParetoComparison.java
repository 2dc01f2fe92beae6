package com.inferplan.ui.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.evaluation.EvaluationQuery;
import com.inferplan.backend.evaluation.EvaluationService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.evaluation.ParetoPoint;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Pareto frontiers of 2–6 hardware options for the same model and lengths: tokens/s per chip
 * (what the fleet earns) against tokens/s per user (what a developer feels).
 */
class ParetoComparison extends VerticalLayout {

    private final MultiSelectComboBox<String> options = new MultiSelectComboBox<>("Hardware to compare (2–6)");
    private final EChart chart = new EChart();
    private final Div message = new Div();

    private final EvaluationService service;
    private final Supplier<EvaluationQuery> base;

    ParetoComparison(EvaluationService service, List<String> hardwareIds, Supplier<EvaluationQuery> base) {
        this.service = service;
        this.base = base;
        setPadding(false);
        options.setItems(hardwareIds);
        options.setWidth("40em");
        options.setId("pareto-hardware");
        options.select(Set.of("nvidia-h100-sxm", "nvidia-b200", "cerebras-cs-3"));
        Button compare = new Button("Compare frontiers", e -> draw());
        compare.setId("pareto-compare");
        HorizontalLayout controls = new HorizontalLayout(options, compare);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        controls.setWidthFull();
        options.setMaxWidth("100%");
        chart.setId("pareto-chart");
        chart.setFileName("hardware pareto frontiers");
        chart.setHeight("420px");
        message.addClassName("ip-muted");
        add(controls, message, chart);
    }

    void draw() {
        draw(base.get());
    }

    private void draw(EvaluationQuery base) {
        Set<String> chosen = options.getSelectedItems();
        if (chosen.size() < 2 || chosen.size() > 6) {
            message.setText("Choose between 2 and 6 hardware options (now " + chosen.size() + ").");
            return;
        }
        ObjectNode option = ChartJson.object();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 70).put("right", 30).put("top", 40).put("bottom", 50);
        option.putObject("xAxis").put("type", "log").put("name", "tokens/s per user").put("nameLocation", "middle")
                .put("nameGap", 30);
        option.putObject("yAxis").put("type", "log").put("name", "tokens/s per chip");
        ArrayNode series = option.putArray("series");
        StringBuilder skipped = new StringBuilder();
        for (String hw : chosen) {
            try {
                List<ParetoPoint> points = service.frontier(base.withHardware(hw), 64, 512);
                if (points.isEmpty()) {
                    skipped.append(hw).append(": no layout up to 64 chips holds the model. ");
                    continue;
                }
                ArrayNode data = ChartJson.array();
                points.forEach(p -> data.add(ChartJson.numbers(p.tokensPerSecondPerUser(), p.tokensPerSecondPerChip())));
                series.add(ChartJson.object().put("name", hw).put("type", "line").put("showSymbol", true).set("data", data));
            } catch (InvalidInputException e) {
                skipped.append(hw).append(": ").append(e.getMessage()).append(". ");
            }
        }
        message.setText(skipped.length() == 0 ? "Up and to the right is better; each point is a layout and batch size."
                : skipped.toString());
        chart.setOption(ChartJson.write(option));
    }
}
