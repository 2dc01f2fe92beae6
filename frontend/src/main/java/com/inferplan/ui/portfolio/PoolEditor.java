package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioPool;
import com.inferplan.backend.scenario.CostChoice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/**
 * One pool's inputs: name, hardware, how it is paid for (catalog default, a deal template for that
 * hardware with its committed units, or a stated on-demand price), min/max units and the what-if price
 * factor. Layout, unit size, availability and routing are kept as they are.
 */
class PoolEditor extends Div {

    private final TextField name = new TextField("Name");
    private final ComboBox<String> hardware = new ComboBox<>("Hardware");
    private final Select<String> cost = new Select<>();
    private final NumberField usd = new NumberField("On-demand USD per chip-hour");
    private final IntegerField committed = new IntegerField("Committed units (take-or-pay)");
    private final IntegerField min = new IntegerField("Min units");
    private final IntegerField max = new IntegerField("Max units");
    private final NumberField priceFactor = new NumberField("Price factor (what-if, 1 = as priced)");
    private final PoolChoices choices;
    private final PortfolioPool pool;

    PoolEditor(int index, PortfolioPool pool, PoolChoices choices, Runnable changed, Runnable removed) {
        this.pool = pool;
        this.choices = choices;
        addClassName("ipx-candidate-editor");
        String id = "pf-pool-" + index;
        setId(id);
        Div title = new Div("Pool " + pool.id());
        title.addClassName("ipx-editor-title");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> removed.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.getElement().setAttribute("aria-label", "Remove pool " + pool.id());
        remove.setId(id + "-remove");
        title.add(remove);
        name.setValue(pool.name() == null ? "" : pool.name());
        hardware.setItems(choices.hardwareIds());
        hardware.setItemLabelGenerator(choices::hardwareLabel);
        hardware.setValue(pool.hardware());
        cost.setLabel("Paid as");
        cost.setItemLabelGenerator(choices::costLabel);
        offerCosts(pool.hardware(), PoolChoices.key(pool.cost()));
        usd.setValue(pool.cost().usdPerChipHour());
        usd.setMin(0);
        committed.setValue(pool.committedUnits());
        List.of(committed, min, max).forEach(f -> {
            f.setMin(0);
            f.setPlaceholder("none");
            f.setClearButtonVisible(true);
        });
        min.setValue(pool.minUnits());
        max.setValue(pool.maxUnits());
        priceFactor.setValue(pool.priceMultiplier());
        priceFactor.setMin(0);
        priceFactor.setHelperText("0.8 = 20% cheaper than the basis");
        Map.<String, Component>of("name", name, "hardware", hardware, "cost", cost, "usd", usd, "committed", committed, "min", min,
                "max", max, "price-factor", priceFactor).forEach((suffix, field) -> field.setId(id + "-" + suffix));
        Div limits = new Div(min, max);
        limits.addClassName("ipp-pair");
        add(title, name, hardware, cost, usd, committed, limits, priceFactor);
        hardware.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                offerCosts(e.getValue(), cost.getValue());
            }
        });
        cost.addValueChangeListener(e -> showCostFields());
        List.<HasValue<?, ?>>of(name, hardware, cost, usd, committed, min, max, priceFactor)
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        changed.run();
                    }
                }));
    }

    PortfolioPool pool() {
        CostChoice choice = PoolChoices.choice(cost.getValue(), usd.getValue());
        Integer units = choice.kind() == CostChoice.Kind.DEAL ? committed.getValue() : null;
        // a factor of exactly 1 is stored as none, so an untouched pool's link stays as it was
        Double factor = priceFactor.getValue() == null || priceFactor.getValue() == 1 ? null : priceFactor.getValue();
        return new PortfolioPool(pool.id(), name.getValue().isBlank() ? null : name.getValue(), hardware.getValue(),
                pool.chipsPerReplica(), pool.unitChips(), choice, units, min.getValue(), max.getValue(),
                pool.availableFrom(), pool.serves(), factor);
    }

    Map<String, HasValidation> fields() {
        return Map.of("hardware", hardware, "cost.dealId", cost, "cost.usdPerChipHour", usd, "committedUnits", committed,
                "minUnits", min, "maxUnits", max, "priceFactor", priceFactor, "name", name);
    }

    private void offerCosts(String hardwareId, String wanted) {
        List<String> keys = choices.costKeys(hardwareId);
        cost.setItems(keys);
        cost.setValue(keys.contains(wanted) ? wanted : PoolChoices.DEFAULT);
        showCostFields();
    }

    private void showCostFields() {
        usd.setVisible(PoolChoices.ON_DEMAND.equals(cost.getValue()));
        committed.setVisible(cost.getValue() != null && cost.getValue().startsWith(PoolChoices.DEAL_PREFIX));
    }
}
