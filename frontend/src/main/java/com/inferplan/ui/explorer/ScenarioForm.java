package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.Candidate;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioWorkload;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.scenario.Transport;
import com.inferplan.backend.scenario.WorkloadPreset;
import com.inferplan.backend.support.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The explorer's inputs. Every change by the user reports the whole scenario; choosing a preset fills
 * the workload, and editing any workload value afterwards marks it custom. Problems the service finds
 * are shown on the field they name.
 */
class ScenarioForm extends Div {

    static final List<String> PRECISIONS = List.of("native", "bf16", "fp8", "int8", "int4", "mxfp4", "nvfp4");
    static final int MAX_OPTIONS = 6;
    static final int MIN_OPTIONS = 2;

    private final Select<WorkloadPreset> preset = new Select<>();
    private final NumberField demand = new NumberField("Demand");
    private final Select<DemandUnit> demandUnit = new Select<>();
    private final NumberField peak = new NumberField("Peak ÷ daily average");
    private final IntegerField input = new IntegerField("Prompt tokens (mean)");
    private final IntegerField output = new IntegerField("Answer tokens (mean)");
    private final NumberField spread = new NumberField("Length spread (lognormal σ)");
    private final NumberField ttft = new NumberField("TTFT limit, ms");
    private final NumberField tpot = new NumberField("TPOT limit, ms");
    private final Select<Integer> percentile = new Select<>();
    private final ComboBox<String> model = new ComboBox<>("Model");
    private final Select<Transport> transport = new Select<>();
    private final Select<String> weights = new Select<>();
    private final Select<String> kv = new Select<>();
    private final Div options = new Div();
    private final Button add = new Button("Add option", VaadinIcon.PLUS.create());
    private final Div formProblems = new Div();
    private final ExplorerChoices choices;
    private final Consumer<Scenario> changed;
    private final List<CandidateEditor> editors = new ArrayList<>();
    private Scenario current;
    private Consumer<List<String>> incomplete = fields -> { };

    ScenarioForm(ExplorerChoices choices, Consumer<Scenario> changed) {
        this.choices = choices;
        this.changed = changed;
        addClassName("ipx-form");
        configure();
        add(heading("Workload"), preset, demand, demandUnit, peak, input, output, spread,
                heading("Service level (as clients see it)"), ttft, tpot, percentile,
                heading("Model and options (2–6)"), model, options, add, formProblems,
                heading("Serving"), transport, weights, kv);
    }

    /** Told the labels of the fields that keep the inputs from making a scenario (empty or not a number). */
    void onIncomplete(Consumer<List<String>> listener) {
        incomplete = listener;
    }

    void setScenario(Scenario s) {
        current = s;
        ScenarioWorkload w = s.workload();
        preset.setValue(w.preset());
        workload(w);
        model.setValue(s.model());
        transport.setValue(s.transport());
        weights.setValue(s.precisions().weights() == null ? "native" : s.precisions().weights());
        kv.setValue(s.precisions().kv() == null ? "native" : s.precisions().kv());
        rebuildOptions(s.candidates());
        clearProblems();
    }

    /** Marks the fields the problems name; returns the ones no field shows. */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        clearProblems();
        Map<String, HasValidation> fields = fieldsByPath();
        List<FieldProblem> unplaced = new ArrayList<>();
        for (FieldProblem p : problems) {
            HasValidation field = fields.get(p.field());
            if (field == null) {
                unplaced.add(p);
            } else {
                field.setInvalid(true);
                field.setErrorMessage(p.message());
            }
        }
        formProblems.setText(unplaced.stream().map(FieldProblem::toString).reduce((a, b) -> a + "; " + b).orElse(""));
        return unplaced;
    }

    private void configure() {
        preset.setLabel("Preset");
        preset.setItems(WorkloadPreset.values());
        preset.setItemLabelGenerator(WorkloadPreset::label);
        demandUnit.setLabel("Demand unit");
        demandUnit.setItems(DemandUnit.values());
        demandUnit.setItemLabelGenerator(u -> u == DemandUnit.TOKENS_PER_DAY ? "tokens per day (input + output)"
                : "requests per second (daily average)");
        percentile.setLabel("Judged at");
        percentile.setItems(90, 99);
        percentile.setItemLabelGenerator(p -> "p" + p);
        model.setItems(choices.modelIds());
        model.setItemLabelGenerator(choices::modelLabel);
        // All models in one page: the browser filters them as one types, with no server round trip per filter.
        model.setPageSize(Math.max(50, choices.modelIds().size()));
        transport.setLabel("Client transport");
        transport.setItems(Transport.values());
        transport.setItemLabelGenerator(Transport::label);
        weights.setLabel("Weights precision");
        weights.setItems(PRECISIONS);
        kv.setLabel("KV-cache precision");
        kv.setItems(PRECISIONS);
        add.setId("cand-add");
        add.addClickListener(e -> addOption());
        formProblems.addClassName("ipx-problems");
        formProblems.setId("in-problems");
        Map<String, Component> ids = Map.ofEntries(Map.entry("in-preset", preset),
                Map.entry("in-demand", demand), Map.entry("in-demand-unit", demandUnit), Map.entry("in-peak", peak),
                Map.entry("in-input", input), Map.entry("in-output", output), Map.entry("in-spread", spread),
                Map.entry("in-ttft", ttft), Map.entry("in-tpot", tpot), Map.entry("in-percentile", percentile),
                Map.entry("in-model", model), Map.entry("in-transport", transport), Map.entry("in-weights", weights),
                Map.entry("in-kv", kv));
        ids.forEach((id, c) -> c.setId(id));
        List.of(demand, peak, spread, ttft, tpot).forEach(f -> f.setValueChangeMode(ValueChangeMode.ON_BLUR));
        List.of(input, output).forEach(f -> f.setValueChangeMode(ValueChangeMode.ON_BLUR));
        ids.values().forEach(c -> ((HasSize) c).setWidthFull());
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != WorkloadPreset.CUSTOM) {
                workload(e.getValue().workload(current.workload()));
                emit();
            }
        });
        List.<HasValue<?, ?>>of(demand, demandUnit, peak, input, output, spread, ttft, tpot, percentile)
                .forEach(f -> UserChange.on(f, () -> {
                    preset.setValue(WorkloadPreset.CUSTOM);
                    emit();
                }));
        List.<HasValue<?, ?>>of(model, transport, weights, kv).forEach(f -> UserChange.on(f, this::emit));
    }

    private void workload(ScenarioWorkload w) {
        demand.setValue(w.demand().value());
        demandUnit.setValue(w.demand().unit());
        peak.setValue(w.demand().peakFactor());
        input.setValue(w.lengths().inputTokens());
        output.setValue(w.lengths().outputTokens());
        spread.setValue(w.lengths().spread());
        ttft.setValue(w.slo().ttftMs());
        tpot.setValue(w.slo().tpotMs());
        percentile.setValue(w.slo().percentile());
    }

    private void rebuildOptions(List<Candidate> candidates) {
        options.removeAll();
        editors.clear();
        for (int i = 0; i < candidates.size(); i++) {
            int index = i;
            CandidateEditor editor = new CandidateEditor(i, choices, this::emit, () -> removeOption(index));
            editor.setCandidate(candidates.get(i));
            editor.allowRemoval(candidates.size() > MIN_OPTIONS);
            editors.add(editor);
            options.add(editor);
        }
        add.setEnabled(candidates.size() < MAX_OPTIONS);
    }

    private void addOption() {
        List<Candidate> list = new ArrayList<>(current.candidates());
        list.add(list.get(list.size() - 1));
        rebuildOptions(list);
        emit();
    }

    private void removeOption(int index) {
        List<Candidate> list = new ArrayList<>(current.candidates());
        list.remove(index);
        rebuildOptions(list);
        emit();
    }

    private void emit() {
        clearProblems();
        read().ifPresentOrElse(s -> {
            current = s;
            changed.accept(s);
        }, () -> incomplete.accept(missingLabels()));
    }

    /** The scenario as entered, or empty (fields marked) while a value is missing. */
    private Optional<Scenario> read() {
        List<HasValidation> missing = new ArrayList<>();
        List.of(demand, peak, spread, ttft, tpot).stream().filter(f -> f.getValue() == null).forEach(missing::add);
        List.of(input, output).stream().filter(f -> f.getValue() == null).forEach(missing::add);
        if (model.getValue() == null) {
            missing.add(model);
        }
        missing.forEach(f -> {
            f.setInvalid(true);
            f.setErrorMessage("required");
        });
        List<Candidate> candidates = editors.stream().map(CandidateEditor::candidate).flatMap(Optional::stream).toList();
        if (!missing.isEmpty() || candidates.size() != editors.size()) {
            return Optional.empty();
        }
        ScenarioWorkload w = new ScenarioWorkload(preset.getValue(), new Demand(demand.getValue(), demandUnit.getValue(),
                peak.getValue()), new Lengths(input.getValue(), output.getValue(), spread.getValue()),
                new SloTarget(ttft.getValue(), tpot.getValue(), percentile.getValue()));
        return Optional.of(new Scenario(w, model.getValue(), candidates, transport.getValue(),
                new Scenario.Precisions(precision(weights.getValue()), precision(kv.getValue()))));
    }

    /** The problems in words, each by its field's label where a field shows it: "TTFT limit, ms: must be above 0". */
    String describe(List<FieldProblem> problems) {
        Map<String, HasValidation> fields = fieldsByPath();
        return problems.stream().map(p -> fields.get(p.field()) instanceof com.vaadin.flow.component.HasLabel labelled
                ? prefix(p.field()) + labelled.getLabel() + ": " + p.message() : p.toString())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** The fields {@link #read} marked, by their labels: "TTFT limit, ms", "Option 2 hardware". */
    private List<String> missingLabels() {
        List<String> labels = new ArrayList<>();
        fieldsByPath().forEach((path, field) -> {
            if (field.isInvalid() && field instanceof com.vaadin.flow.component.HasLabel labelled
                    && !labels.contains(prefix(path) + labelled.getLabel())) {
                labels.add(prefix(path) + labelled.getLabel());
            }
        });
        return labels;
    }

    private static String prefix(String path) {
        return path.startsWith("candidates[") ? "Option " + (Integer.parseInt(path.substring(11, path.indexOf(']'))) + 1)
                + " " : "";
    }

    private Map<String, HasValidation> fieldsByPath() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("workload.demand.value", demand);
        fields.put("workload.demand.peakFactor", peak);
        fields.put("workload.lengths.inputTokens", input);
        fields.put("workload.lengths.outputTokens", output);
        fields.put("workload.lengths.spread", spread);
        fields.put("workload.lengths", input);
        fields.put("workload.slo.ttftMs", ttft);
        fields.put("workload.slo.tpotMs", tpot);
        fields.put("model", model);
        fields.put("precisions.weights", weights);
        fields.put("precisions.kv", kv);
        for (int i = 0; i < editors.size(); i++) {
            String prefix = "candidates[" + i + "].";
            editors.get(i).fields().forEach((suffix, field) -> fields.put(prefix + suffix, field));
        }
        return fields;
    }

    private void clearProblems() {
        // Only the marked ones: each setInvalid is a script call, and re-styling 24 valid fields after every
        // change held the browser 20-60 ms before it showed the answer (decision 0718).
        fieldsByPath().values().stream().filter(HasValidation::isInvalid).forEach(f -> f.setInvalid(false));
        formProblems.setText("");
    }

    private static String precision(String value) {
        return value == null || value.equals("native") ? null : value;
    }

    private static Div heading(String text) {
        Div d = new Div(text);
        d.addClassName("ipx-form-heading");
        return d;
    }
}
