package com.inferplan.ui.validation;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.evaluation.ValidationService;
import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.validation.RowPrediction;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.inferplan.ui.layout.MainLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Published measurements against the engine's predictions: log-log scatter, per-metric medians, every row. */
@PermitAll
@Route(value = "validation", layout = MainLayout.class)
@PageTitle("Validation · InferPlan")
public class ValidationView extends VerticalLayout implements BeforeEnterObserver {

    private final ValidationService service;
    private final Select<String> set = new Select<>();
    private final Div summary = new Div();
    private final Div perMetric = new Div();
    private final EChart scatter = new EChart();
    private final Grid<RowPrediction> grid = new Grid<>();

    public ValidationView(ValidationService service) {
        this.service = service;
        setWidthFull();
        addClassName("ip-page");
        set.setLabel("Measurement set");
        set.setItems("public", "extended");
        set.setValue("public");
        set.setId("validation-set");
        set.addValueChangeListener(e -> run());
        summary.setId("validation-summary");
        summary.addClassName("ip-section-title");
        scatter.setId("validation-scatter");
        scatter.setHeight("460px");
        configureGrid();
        add(new H2("Predicted against published measurements"), set, summary, perMetric, scatter, grid);
    }

    private void configureGrid() {
        grid.setId("validation-grid");
        grid.addColumn(r -> r.row().get("id")).setHeader("Id").setAutoWidth(true);
        grid.addColumn(r -> r.row().get("hardware")).setHeader("Hardware").setAutoWidth(true);
        grid.addColumn(r -> blank(r.row().get("chips"), "auto")).setHeader("Chips");
        grid.addColumn(r -> r.row().get("model")).setHeader("Model").setAutoWidth(true);
        grid.addColumn(r -> MetricLabels.of(r.row().get("metric"))).setHeader("Metric").setAutoWidth(true);
        grid.addColumn(r -> Quantities.number(Double.parseDouble(r.row().get("value")))).setHeader("Measured")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.predicted() == null ? "—" : Quantities.number(r.predicted())).setHeader("Predicted")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> r.errorPct() == null ? "—" : String.format("%+.1f%%", r.errorPct())).setHeader("Error")
                .setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(r -> r.errorPct() == null ? Double.MAX_VALUE : Math.abs(r.errorPct()));
        grid.addColumn(RowPrediction::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> blank(r.row().get("source"), "")).setHeader("Source").setWidth("28em");
        grid.setAllRowsVisible(true);
    }

    private void run() {
        ValidationService.Result result = service.validateSet(set.getValue());
        summary.setText(MetricLabels.summary(result.summary()));
        perMetric.setText("Median |error| by metric: " + medians(result.rows()));
        grid.setItems(result.rows());
        scatter.setOption(ChartJson.write(scatterOption(result.rows())));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "validation?" + QueryParameters.simple(Map.of("set", set.getValue())).getQueryString()));
    }

    private static String medians(List<RowPrediction> rows) {
        Map<String, List<Double>> byMetric = rows.stream().filter(RowPrediction::supported)
                .collect(Collectors.groupingBy(r -> r.row().get("metric"), TreeMap::new,
                        Collectors.mapping(r -> Math.abs(r.errorPct()), Collectors.toList())));
        return byMetric.entrySet().stream()
                .map(e -> MetricLabels.of(e.getKey()) + " " + String.format("%.1f%%", median(e.getValue())) + " (n=" + e.getValue().size() + ")")
                .collect(Collectors.joining(" · "));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** One series per metric on log-log axes, with the y = x line: points on it are exact predictions. */
    private static ObjectNode scatterOption(List<RowPrediction> rows) {
        ObjectNode option = ChartJson.object();
        option.putObject("tooltip").put("trigger", "item");
        // The legend wraps to several lines on a narrow screen: it goes under the plot, where it pushes nothing.
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid").put("left", 20).put("right", 30).put("top", 40).put("bottom", 110);
        option.putObject("xAxis").put("type", "log").put("name", "measured").put("nameLocation", "middle").put("nameGap", 30);
        option.putObject("yAxis").put("type", "log").put("name", "predicted");
        ArrayNode series = option.putArray("series");
        double min = Double.MAX_VALUE;
        double max = 0;
        Map<String, List<RowPrediction>> byMetric = rows.stream().filter(RowPrediction::supported)
                .collect(Collectors.groupingBy(r -> r.row().get("metric"), TreeMap::new, Collectors.toList()));
        for (Map.Entry<String, List<RowPrediction>> e : byMetric.entrySet()) {
            ArrayNode data = ChartJson.array();
            for (RowPrediction r : e.getValue()) {
                double measured = Double.parseDouble(r.row().get("value"));
                data.add(ChartJson.object().put("name", r.row().get("id") + " " + r.row().get("hardware") + " "
                        + r.row().get("model")).set("value", ChartJson.numbers(measured, r.predicted())));
                min = Math.min(min, Math.min(measured, r.predicted()));
                max = Math.max(max, Math.max(measured, r.predicted()));
            }
            series.add(ChartJson.object().put("name", MetricLabels.of(e.getKey())).put("type", "scatter").put("symbolSize", 9).set("data", data));
        }
        if (max > 0) {
            ObjectNode identity = ChartJson.object().put("name", "predicted = measured").put("type", "line")
                    .put("showSymbol", false);
            identity.putObject("lineStyle").put("type", "dashed").put("color", "#888");
            ArrayNode line = ChartJson.array();
            line.add(ChartJson.numbers(min / 1.5, min / 1.5));
            line.add(ChartJson.numbers(max * 1.5, max * 1.5));
            identity.set("data", line);
            series.add(identity);
        }
        return option;
    }

    private static String blank(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> requested = event.getLocation().getQueryParameters().getParameters().get("set");
        if (requested != null && !requested.isEmpty() && ValidationService.SETS.containsKey(requested.get(0))) {
            set.setValue(requested.get(0));
        }
        run();
    }
}
