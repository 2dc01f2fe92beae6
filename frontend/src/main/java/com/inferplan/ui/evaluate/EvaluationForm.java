package com.inferplan.ui.evaluate;

import com.inferplan.backend.evaluation.DisaggregatedQuery;
import com.inferplan.backend.evaluation.EvaluationQuery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The inputs of one evaluation; any change reports the new query. Empty chips = the engine chooses.
 * "Separate prefill workers" turns the deployment disaggregated: the hardware and chips above are
 * then a decode worker's, and the prefill pool gets its own hardware, chips and worker counts.
 */
class EvaluationForm extends FormLayout {

    static final List<String> PRECISIONS = List.of("native", "bf16", "fp8", "int8", "int4", "fp4", "mxfp4", "nvfp4");

    final ComboBox<String> model = new ComboBox<>("Model");
    final ComboBox<String> hardware = new ComboBox<>("Hardware");
    final IntegerField chips = new IntegerField("Chips (empty = auto)");
    final Select<String> weights = new Select<>();
    final Select<String> kv = new Select<>();
    final Select<String> load = new Select<>();
    final IntegerField concurrency = new IntegerField("Concurrent requests");
    final IntegerField input = new IntegerField("Input tokens");
    final IntegerField output = new IntegerField("Output tokens");
    final Select<String> speculative = new Select<>();
    final Checkbox disaggregated = new Checkbox("Separate prefill workers (disaggregated)");
    final ComboBox<String> prefillHardware = new ComboBox<>("Prefill hardware");
    final IntegerField prefillChips = new IntegerField("Chips per prefill worker (empty = auto)");
    final IntegerField prefillWorkers = new IntegerField("Prefill workers");
    final IntegerField decodeWorkers = new IntegerField("Decode workers");

    EvaluationForm(List<String> modelIds, List<String> hardwareIds, Consumer<EvaluationQuery> onChange) {
        model.setItems(modelIds);
        hardware.setItems(hardwareIds);
        prefillHardware.setItems(hardwareIds);
        label(weights, "Weights", PRECISIONS);
        label(kv, "KV cache", PRECISIONS);
        label(load, "Load", List.of("closed", "static", "max"));
        load.setItemLabelGenerator(EvaluationForm::loadLabel);
        label(speculative, "Speculative decoding", List.of("default", "on", "off"));
        speculative.setItemLabelGenerator(EvaluationForm::speculativeLabel);
        chips.setMin(1);
        concurrency.setMin(1);
        input.setMin(1);
        output.setMin(1);
        model.setId("eval-model");
        hardware.setId("eval-hardware");
        chips.setId("eval-chips");
        concurrency.setId("eval-concurrency");
        load.setId("eval-load");
        disaggregated.setId("eval-disaggregated");
        prefillHardware.setId("eval-prefill-hardware");
        prefillChips.setId("eval-prefill-chips");
        prefillWorkers.setId("eval-prefill-workers");
        decodeWorkers.setId("eval-decode-workers");
        List.of(prefillChips, prefillWorkers, decodeWorkers).forEach(f -> f.setMin(1));
        setValues(new EvaluationQuery("llama-3.1-8b", "nvidia-h100-sxm", null, null, null, null, "native", "native",
                null, "closed", 1, 1000, 1000, null, "default", false));
        add(model, hardware, chips, weights, kv, load, concurrency, input, output, speculative, disaggregated,
                prefillHardware, prefillChips, prefillWorkers, decodeWorkers);
        setColspan(disaggregated, 2);
        disaggregated.addValueChangeListener(e -> showPools(e.getValue()));
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("700px", 5));
        List.of(model, hardware).forEach(c -> c.addValueChangeListener(e -> onChange.accept(query())));
        List.of(weights, kv, load, speculative).forEach(s -> s.addValueChangeListener(e -> onChange.accept(query())));
        List.of(chips, concurrency, input, output, prefillChips, prefillWorkers, decodeWorkers)
                .forEach(f -> f.addValueChangeListener(e -> onChange.accept(query())));
        prefillHardware.addValueChangeListener(e -> onChange.accept(query()));
        disaggregated.addValueChangeListener(e -> onChange.accept(query()));
    }

    private void showPools(boolean on) {
        List.<Component>of(prefillHardware, prefillChips, prefillWorkers, decodeWorkers)
                .forEach(c -> c.setVisible(on));
    }

    EvaluationQuery query() {
        return new EvaluationQuery(model.getValue(), hardware.getValue(), chips.getValue(), null, null, null,
                weights.getValue(), kv.getValue(), null, load.getValue(), concurrency.getValue(), input.getValue(),
                output.getValue(), null, speculative.getValue(), false, pools());
    }

    private DisaggregatedQuery pools() {
        return Boolean.TRUE.equals(disaggregated.getValue())
                ? new DisaggregatedQuery(prefillHardware.getValue(), prefillChips.getValue(), prefillWorkers.getValue(),
                        decodeWorkers.getValue())
                : null;
    }

    void setValues(EvaluationQuery q) {
        model.setValue(q.model());
        hardware.setValue(q.hardware());
        chips.setValue(q.chips());
        weights.setValue(q.weights() == null ? "native" : q.weights());
        kv.setValue(q.kv() == null ? "native" : q.kv());
        load.setValue(q.load() == null ? "closed" : q.load());
        concurrency.setValue(q.concurrency() == null ? 1 : q.concurrency());
        input.setValue(q.inputTokens() == null ? 1000 : q.inputTokens());
        output.setValue(q.outputTokens() == null ? 1000 : q.outputTokens());
        speculative.setValue(q.speculative() == null ? "default" : q.speculative());
        DisaggregatedQuery d = q.disaggregated();
        disaggregated.setValue(d != null);
        prefillHardware.setValue(d == null || d.prefillHardware() == null ? q.hardware() : d.prefillHardware());
        prefillChips.setValue(d == null ? null : d.prefillChips());
        prefillWorkers.setValue(d == null || d.prefillWorkers() == null ? 1 : d.prefillWorkers());
        decodeWorkers.setValue(d == null || d.decodeWorkers() == null ? 1 : d.decodeWorkers());
        showPools(d != null);
    }

    Map<String, String> urlParameters() {
        EvaluationQuery q = query();
        java.util.LinkedHashMap<String, String> p = new java.util.LinkedHashMap<>();
        p.put("model", q.model());
        p.put("hardware", q.hardware());
        if (q.chips() != null) {
            p.put("chips", q.chips().toString());
        }
        p.put("weights", q.weights());
        p.put("kv", q.kv());
        p.put("load", q.load());
        p.put("concurrency", String.valueOf(q.concurrency()));
        p.put("input", String.valueOf(q.inputTokens()));
        p.put("output", String.valueOf(q.outputTokens()));
        p.put("speculative", q.speculative());
        DisaggregatedQuery d = q.disaggregated();
        if (d != null) {
            p.put("prefillHardware", d.prefillHardware());
            p.put("prefillChips", String.valueOf(d.prefillChips()));
            p.put("prefillWorkers", String.valueOf(d.prefillWorkers()));
            p.put("decodeWorkers", String.valueOf(d.decodeWorkers()));
        }
        p.values().removeIf(v -> v == null || v.equals("null"));
        return p;
    }

    /** {@code modelId} turns a Hugging Face repo id in the link into the catalog id the model list shows. */
    static EvaluationQuery fromUrl(Map<String, List<String>> params, EvaluationQuery defaults,
                                   UnaryOperator<String> modelId) {
        return new EvaluationQuery(modelId.apply(first(params, "model", defaults.model())), first(params, "hardware", defaults.hardware()),
                integer(params, "chips", null), null, null, null, first(params, "weights", "native"),
                first(params, "kv", "native"), null, first(params, "load", "closed"),
                integer(params, "concurrency", 1), integer(params, "input", 1000), integer(params, "output", 1000), null,
                first(params, "speculative", "default"), false, poolsFromUrl(params));
    }

    private static DisaggregatedQuery poolsFromUrl(Map<String, List<String>> params) {
        String prefill = first(params, "prefillHardware", null);
        return prefill == null ? null : new DisaggregatedQuery(prefill, integer(params, "prefillChips", null),
                integer(params, "prefillWorkers", 1), integer(params, "decodeWorkers", 1));
    }

    private static String first(Map<String, List<String>> params, String key, String fallback) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    private static Integer integer(Map<String, List<String>> params, String key, Integer fallback) {
        try {
            String v = first(params, key, null);
            return v == null ? fallback : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The load modes in words; the ids stay in the link and the REST body. */
    static String loadLabel(String mode) {
        return switch (mode) {
            case "closed" -> "Closed loop (clients wait for answers)";
            case "static" -> "One static batch";
            case "max" -> "Maximum throughput";
            default -> mode;
        };
    }

    static String speculativeLabel(String choice) {
        return switch (choice) {
            case "default" -> "Stack default";
            case "on" -> "On";
            case "off" -> "Off";
            default -> choice;
        };
    }

    private static void label(Select<String> select, String label, List<String> items) {
        select.setLabel(label);
        select.setItems(items);
    }
}
