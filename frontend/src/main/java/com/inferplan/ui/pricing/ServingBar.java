package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.pricing.tokens.WorkloadMix;
import com.inferplan.ui.pricing.form.Rule;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Throughput, utilization and workload mix shared by every basis on the page. A value the pricing
 * library would refuse is marked on its field and the figures below keep their last valid inputs.
 */
final class ServingBar extends HorizontalLayout {

    static final ServingInputs DEFAULT = new ServingInputs(1000, null, 0.6, WorkloadMix.ratio(3));

    private final NumberField tokensPerSecond = field("Output tokens/s per chip", "serving-tps");
    private final NumberField inputTokensPerSecond = field("Prefill tokens/s per chip (optional)", "serving-prefill");
    private final NumberField utilization = field("Utilization (0–1]", "serving-utilization");
    private final NumberField ratio = field("Input : output tokens", "serving-ratio");
    private final Binder<Map<String, Double>> binder = new Binder<>();

    ServingBar() {
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
        add(tokensPerSecond, inputTokensPerSecond, utilization, ratio);
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
