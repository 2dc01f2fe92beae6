package com.inferplan.ui.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.model.ContextLengthException;
import com.inferplan.engine.profile.ExecutionProfile;
import com.inferplan.engine.profile.Operator;
import com.inferplan.engine.profile.OperatorKind;
import com.inferplan.engine.profile.Phase;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;

/** Profile of one model at a chosen phase, batch and context: chart by operator kind and the table behind it. */
class ProfilePanel extends VerticalLayout {

    private final ModelService service;
    private final Select<Phase> phase = new Select<>();
    private final IntegerField batch = new IntegerField("Batch");
    private final IntegerField context = new IntegerField("Context tokens");
    private final IntegerField prompt = new IntegerField("Prompt tokens (prefill)");
    private final Span summary = new Span();
    private final Button useLongest = new Button();
    private int longestContext;
    private final EChart chart = new EChart();
    private final Grid<Operator> table = new Grid<>();
    private String modelId;

    ProfilePanel(ModelService service) {
        this.service = service;
        setPadding(false);
        phase.setLabel("Phase");
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(p -> p == Phase.DECODE ? "Decode" : "Prefill");
        phase.setValue(Phase.DECODE);
        batch.setValue(1);
        batch.setMin(1);
        context.setValue(4096);
        context.setMin(0);
        prompt.setValue(1024);
        prompt.setMin(1);
        phase.setId("profile-phase");
        batch.setId("profile-batch");
        context.setId("profile-context");
        summary.setId("profile-summary");
        useLongest.setId("profile-use-longest");
        useLongest.setVisible(false);
        useLongest.addClickListener(e -> context.setValue(longestContext));
        phase.addValueChangeListener(e -> refresh());
        batch.addValueChangeListener(e -> refresh());
        context.addValueChangeListener(e -> refresh());
        prompt.addValueChangeListener(e -> refresh());
        HorizontalLayout controls = new HorizontalLayout(phase, batch, context, prompt);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        table.addColumn(Operator::name).setHeader("Operator").setAutoWidth(true);
        table.addColumn(o -> kindLabel(o.kind())).setHeader("Kind").setAutoWidth(true);
        table.addColumn(Operator::layerCount).setHeader("Layers").setTextAlign(ColumnTextAlign.END);
        table.addColumn(o -> Quantities.format(o.totalFlops(), "FLOP")).setHeader("FLOPs").setTextAlign(ColumnTextAlign.END);
        table.addColumn(o -> Quantities.format(o.weightBytes() * o.layerCount(), "B")).setHeader("Weights").setTextAlign(ColumnTextAlign.END);
        table.addColumn(o -> Quantities.format((o.activationBytesRead() + o.activationBytesWritten()) * o.layerCount(), "B"))
                .setHeader("Activations").setTextAlign(ColumnTextAlign.END);
        table.addColumn(o -> Quantities.format((o.kvBytesRead() + o.kvBytesWritten()) * o.layerCount(), "B"))
                .setHeader("KV cache").setTextAlign(ColumnTextAlign.END);
        table.addColumn(o -> Quantities.number(o.arithmeticIntensity())).setHeader("FLOP/byte").setTextAlign(ColumnTextAlign.END);
        table.setAllRowsVisible(true);
        table.setId("profile-table");
        add(controls, summary, useLongest, chart, table);
    }

    void show(String modelId) {
        this.modelId = modelId;
        refresh();
    }

    private void refresh() {
        if (modelId == null || batch.getValue() == null || context.getValue() == null || prompt.getValue() == null) {
            return;
        }
        try {
            ExecutionProfile p = service.profile(modelId, new ModelService.ProfileQuery(phase.getValue(),
                    batch.getValue(), context.getValue(), prompt.getValue(), null, null));
            double state = p.kvCache().stateBytesPerSequence();
            // hybrid models keep a fixed recurrent state per sequence beside the per-token cache
            String stateText = state > 0 ? " + " + Quantities.format(state, "B") + " of recurrent state per sequence" : "";
            summary.setText(String.format("Step total: %s, %s moved, %s FLOP/byte; KV cache %s per token%s; weights %s",
                    Quantities.format(p.flops(), "FLOP"), Quantities.format(p.bytes(), "B"),
                    Quantities.number(p.arithmeticIntensity()), Quantities.format(p.kvBytesPerToken(), "B"), stateText,
                    Quantities.format(p.modelWeightBytes(), "B")));
            table.setItems(p.operators());
            chart.setOption(ChartJson.write(byKindChart(p)));
            context.setInvalid(false);
            useLongest.setVisible(false);
        } catch (InvalidInputException e) {
            summary.setText(e.getMessage());
            suggestLongest(e);
        }
    }

    /** A step past the model's context: mark the context field and offer the longest context that fits. */
    private void suggestLongest(InvalidInputException e) {
        boolean tooLong = e.getCause() instanceof ContextLengthException c && c.longestFitting() > 0;
        if (tooLong) {
            longestContext = (int) ((ContextLengthException) e.getCause()).longestFitting();
            context.setErrorMessage(e.getCause().getMessage());
            useLongest.setText("Use a " + Quantities.number(longestContext) + "-token context");
        }
        context.setInvalid(tooLong);
        useLongest.setVisible(tooLong);
    }

    /** Share of the step's FLOPs and bytes per operator kind: one linear scale for both, which a log scale of two units is not. */
    private static ObjectNode byKindChart(ExecutionProfile p) {
        Map<OperatorKind, double[]> byKind = new EnumMap<>(OperatorKind.class);
        for (Operator o : p.operators()) {
            double[] sums = byKind.computeIfAbsent(o.kind(), k -> new double[2]);
            sums[0] += 100 * o.totalFlops() / p.flops();
            sums[1] += 100 * o.totalBytes() / p.bytes();
        }
        ObjectNode option = ChartJson.object();
        option.putObject("title").put("text", "Share of the step's FLOPs and bytes by operator kind (%)")
                .put("left", "center").putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 24);
        option.putObject("grid").put("top", 64).put("left", 50).put("right", 20).put("bottom", 70);
        ObjectNode xAxis = option.putObject("xAxis").put("type", "category");
        xAxis.set("data", ChartJson.strings(byKind.keySet().stream().map(ProfilePanel::kindLabel).toList()));
        xAxis.putObject("axisLabel").put("rotate", 30);
        option.putObject("yAxis").put("type", "value").put("max", 100).put("name", "%");
        option.putArray("series")
                .add(series("FLOPs", byKind.values().stream().mapToDouble(v -> v[0]).toArray()))
                .add(series("Bytes moved", byKind.values().stream().mapToDouble(v -> v[1]).toArray()));
        return option;
    }

    private static ObjectNode series(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.round(values[i] * 100) / 100.0;
        }
        return ChartJson.object().put("name", name).put("type", "bar").set("data", ChartJson.numbers(values));
    }

    /** The operator class as people say it (no code identifiers on screen). */
    static String kindLabel(OperatorKind kind) {
        return switch (kind) {
            case GEMM -> "matrix multiply";
            case ATTENTION -> "attention";
            case NORM -> "normalisation";
            case ELEMENTWISE -> "element-wise";
            case ROUTER -> "expert router";
            case EXPERT_GEMM -> "expert matrix multiply";
            case EMBEDDING -> "embedding lookup";
            case LM_HEAD -> "output head";
            case SAMPLING -> "sampling";
            case ROPE -> "rotary position";
            case SHORT_CONV -> "short convolution";
            case LINEAR_ATTENTION -> "linear attention";
        };
    }
}
