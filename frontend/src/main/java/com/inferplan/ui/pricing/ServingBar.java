package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.WorkloadPreset;
import com.inferplan.pricing.tokens.WorkloadMix;
import com.inferplan.ui.pricing.form.Rule;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Throughput, utilization and workload mix shared by every basis on the page. A value the pricing
 * library would refuse is marked on its field and the figures below keep their last valid inputs.
 * Choosing a model prices each chip's bases at the engine's tokens/s for that model and workload
 * (as the explorer sizes it); the typed figures then serve only bases the engine cannot place.
 */
final class ServingBar extends HorizontalLayout {

    static final ServingInputs DEFAULT = new ServingInputs(1000, null, 0.6, WorkloadMix.ratio(3));

    private final NumberField tokensPerSecond = field("Output tokens/s per chip", "serving-tps");
    private final NumberField inputTokensPerSecond = field("Prefill tokens/s per chip (optional)", "serving-prefill");
    private final NumberField utilization = field("Utilization (0–1]", "serving-utilization");
    private final NumberField ratio = field("Input : output tokens", "serving-ratio");
    private final ComboBox<String> engineModel = new ComboBox<>("Tokens/s per chip from the engine for model");
    private final Select<WorkloadPreset> engineWorkload = new Select<>();
    private final Binder<Map<String, Double>> binder = new Binder<>();

    ServingBar(List<String> modelIds) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        binder.setBean(new HashMap<>());
        bind(tokensPerSecond, "tokensPerSecond", Rule.POSITIVE, true);
        bind(inputTokensPerSecond, "inputTokensPerSecond", Rule.POSITIVE, false);
        bind(utilization, "utilization", Rule.UTILIZATION, true);
        bind(ratio, "inputOutputRatio", Rule.POSITIVE, true);
        utilization.setStep(0.05);
        utilization.setStepButtonsVisible(true);
        inputTokensPerSecond.setClearButtonVisible(true);
        engineModel.setItems(modelIds);
        engineModel.setId("serving-engine-model");
        engineModel.setClearButtonVisible(true);
        engineModel.setPlaceholder("none: use the typed figures");
        engineModel.setWidth("20em");
        engineWorkload.setLabel("Workload");
        engineWorkload.setId("serving-engine-workload");
        engineWorkload.setItems(Arrays.stream(WorkloadPreset.values()).filter(p -> p != WorkloadPreset.CUSTOM).toList());
        engineWorkload.setItemLabelGenerator(WorkloadPreset::label);
        engineWorkload.setValue(EngineChoice.DEFAULT_WORKLOAD);
        engineWorkload.setEnabled(false);
        add(engineModel, engineWorkload, tokensPerSecond, inputTokensPerSecond, utilization, ratio);
    }

    void showEngine(Optional<EngineChoice> choice) {
        engineModel.setValue(choice.map(EngineChoice::model).orElse(null));
        engineWorkload.setValue(choice.map(EngineChoice::workload).orElse(EngineChoice.DEFAULT_WORKLOAD));
        markEngine(choice.isPresent());
    }

    Optional<EngineChoice> engine() {
        return Optional.ofNullable(engineModel.getValue()).map(m -> new EngineChoice(m, engineWorkload.getValue()));
    }

    /** Called when a person picks or clears the engine's model or changes its workload. */
    void onEngineChange(Consumer<Optional<EngineChoice>> listener) {
        engineModel.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                markEngine(e.getValue() != null);
                listener.accept(engine());
            }
        });
        engineWorkload.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(engine());
            }
        });
    }

    private void markEngine(boolean on) {
        engineWorkload.setEnabled(on);
        String fallback = on ? "for bases without hardware, or chips the engine cannot place the model on" : null;
        tokensPerSecond.setHelperText(fallback);
        ratio.setHelperText(on ? "engine-priced chips use the workload's own lengths" : null);
    }

    void show(ServingInputs s) {
        tokensPerSecond.setValue(s.tokensPerSecond());
        inputTokensPerSecond.setValue(s.inputTokensPerSecond());
        utilization.setValue(s.utilization());
        ratio.setValue(s.mix().inputTokensPerRequest() / s.mix().outputTokensPerRequest());
    }

    /** Called with the new inputs when a person changes a field and all fields hold acceptable values. */
    void onChange(Consumer<ServingInputs> listener) {
        binder.addValueChangeListener(e -> {
            if (e.isFromClient() && binder.validate().isOk()) {
                listener.accept(value());
            }
        });
    }

    ServingInputs value() {
        return new ServingInputs(tokensPerSecond.getValue(), inputTokensPerSecond.getValue(), utilization.getValue(),
                ServingInputs.mixOfRatio(ratio.getValue()));
    }

    private void bind(NumberField field, String name, Rule rule, boolean required) {
        var binding = required ? binder.forField(field).asRequired("is required") : binder.forField(field);
        binding.withValidator((value, ctx) -> {
            String reason = value == null ? null : rule.reason(name, value);
            return reason == null ? ValidationResult.ok() : ValidationResult.error(reason);
        }).bind(m -> m.get(name), (m, v) -> m.put(name, v));
    }

    private static NumberField field(String label, String id) {
        NumberField f = new NumberField(label);
        f.setId(id);
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.setWidth("14em");
        return f;
    }
}
