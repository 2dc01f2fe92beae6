package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioTier;
import com.inferplan.backend.scenario.ScenarioWorkload.Demand;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.Map;

/**
 * One tier's what-if inputs: its model, demand and peak factor, and its TTFT/TPOT limits. Lengths, the
 * percentile, the transport and any hourly profile are kept as they are (they travel in the link).
 */
class TierEditor extends Div {

    private final ComboBox<String> model = new ComboBox<>("Model");
    private final NumberField demand = new NumberField();
    private final NumberField peak = new NumberField("Peak factor (busiest hour ÷ average)");
    private final NumberField ttft = new NumberField("TTFT limit, ms");
    private final NumberField tpot = new NumberField("TPOT limit, ms");
    private final PortfolioTier tier;

    TierEditor(int index, PortfolioTier tier, PoolChoices choices, Runnable changed) {
        this.tier = tier;
        addClassName("ipx-candidate-editor");
        String id = "pf-tier-" + index;
        setId(id);
        Div title = new Div(tier.name() == null ? tier.id() : tier.name());
        title.addClassName("ipx-editor-title");
        model.setItems(choices.modelIds());
        model.setValue(tier.model());
        demand.setLabel(tier.demand().unit() == DemandUnit.TOKENS_PER_DAY ? "Demand, tokens/day (daily average)"
                : "Demand, requests/s (daily average)");
        demand.setValue(tier.demand().value());
        demand.setMin(0);
        peak.setValue(tier.peakFactor());
        peak.setMin(1);
        // a tier with an hourly profile takes its peak from the profile, so the factor is shown, not edited
        peak.setReadOnly(!tier.hourlyProfile().isEmpty());
        ttft.setValue(tier.slo().ttftMs());
        tpot.setValue(tier.slo().tpotMs());
        Map.<String, Component>of("model", model, "demand", demand, "peak", peak, "ttft", ttft, "tpot", tpot)
                .forEach((suffix, field) -> field.setId(id + "-" + suffix));
        add(title, model, demand, peak, ttft, tpot);
        List.<HasValue<?, ?>>of(model, demand, peak, ttft, tpot).forEach(f -> f.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        }));
    }

    /** The tier as entered; an empty number becomes 0 so the validator names the field. */
    PortfolioTier tier() {
        Demand d = new Demand(value(demand), tier.demand().unit(), value(peak));
        SloTarget slo = new SloTarget(value(ttft), value(tpot), tier.slo().percentile());
        return new PortfolioTier(tier.id(), tier.name(), model.getValue(), d, tier.lengths(), slo, tier.transport(),
                tier.hourlyProfile());
    }

    /** Fields by the end of their problem path (tiers[i].demand.value, ...). */
    Map<String, HasValidation> fields() {
        return Map.of("model", model, "demand.value", demand, "demand.peakFactor", peak, "slo.ttftMs", ttft,
                "slo.tpotMs", tpot);
    }

    private static double value(NumberField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
