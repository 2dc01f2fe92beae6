package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.Candidate;
import com.inferplan.backend.scenario.CostChoice;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of one option: hardware, chips per replica (empty = automatic), how it is paid for (the
 * catalog default, a deal template for that hardware, or a stated on-demand price) and an optional model
 * of its own, and whether prompts run on prefill workers of their own (decision 0719). Cost choices are offered
 * per hardware, so a deal can only be chosen for its own chips.
 */
class CandidateEditor extends Div {

    static final String DEFAULT = "default";
    static final String ON_DEMAND = "on-demand";
    static final String DEAL_PREFIX = "deal:";

    private final ComboBox<String> hardware = new ComboBox<>("Hardware");
    private final IntegerField chips = new IntegerField("Chips per replica");
    private final Select<String> cost = new Select<>();
    private final NumberField usd = new NumberField("On-demand USD per chip-hour");
    private final ComboBox<String> model = new ComboBox<>("Own model (optional)");
    private final Checkbox separatePrefill = new Checkbox("Separate prefill workers");
    private final ComboBox<String> prefillHardware = new ComboBox<>("Prefill hardware (optional)");
    private final IntegerField prefillChips = new IntegerField("Chips per prefill worker");
    private final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final ExplorerChoices choices;
    /** The choice last shown: kept, with any terms a link carried, while the same cost stays chosen. */
    private CostChoice shown = CostChoice.DEFAULT;

    CandidateEditor(int index, ExplorerChoices choices, Runnable changed, Runnable removed) {
        this.choices = choices;
        addClassName("ipx-candidate-editor");
        Div title = new Div("Option " + (index + 1));
        title.addClassName("ipx-editor-title");
        String id = "cand-" + index;
        hardware.setItems(choices.hardwareIds());
        hardware.setItemLabelGenerator(choices::hardwareLabel);
        hardware.setId(id + "-hardware");
        chips.setPlaceholder("auto");
        chips.setMin(1);
        chips.setClearButtonVisible(true);
        chips.setId(id + "-chips");
        cost.setLabel("Paid as");
        cost.setItemLabelGenerator(choices::costLabel);
        cost.setId(id + "-cost");
        usd.setMin(0);
        usd.setId(id + "-usd");
        usd.setValueChangeMode(ValueChangeMode.ON_BLUR);
        model.setItems(choices.modelIds());
        model.setItemLabelGenerator(choices::modelLabel);
        // All models in one page: the browser filters them as one types, with no server round trip per filter.
        model.setPageSize(Math.max(50, choices.modelIds().size()));
        model.setClearButtonVisible(true);
        model.setId(id + "-model");
        separatePrefill.setId(id + "-separate-prefill");
        separatePrefill.setTooltipText("Disaggregated serving: prompts run on prefill workers of their own, their KV"
                + " cache moves to decode workers; chips per replica are then a decode worker's");
        prefillHardware.setItems(choices.hardwareIds());
        prefillHardware.setItemLabelGenerator(choices::hardwareLabel);
        prefillHardware.setPlaceholder("same as the option");
        prefillHardware.setClearButtonVisible(true);
        prefillHardware.setId(id + "-prefill-hardware");
        prefillHardware.setHelperText("Other silicon is paid at its catalog default price");
        prefillHardware.setVisible(false);
        prefillChips.setPlaceholder("auto");
        prefillChips.setMin(1);
        prefillChips.setClearButtonVisible(true);
        prefillChips.setId(id + "-prefill-chips");
        prefillChips.setVisible(false);
        separatePrefill.addValueChangeListener(e -> {
            prefillChips.setVisible(e.getValue());
            prefillHardware.setVisible(e.getValue());
            chips.setLabel(e.getValue() ? "Chips per decode worker" : "Chips per replica");
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setId(id + "-remove");
        remove.getElement().setAttribute("aria-label", "Remove option " + (index + 1));
        remove.addClickListener(e -> removed.run());
        title.add(remove);
        List.<HasSize>of(hardware, chips, cost, usd, model, prefillHardware, prefillChips).forEach(HasSize::setWidthFull);
        add(title, hardware, chips, cost, usd, model, separatePrefill, prefillHardware, prefillChips);
        hardware.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                offerCosts(e.getValue(), cost.getValue());
            }
        });
        cost.addValueChangeListener(e -> usd.setVisible(ON_DEMAND.equals(e.getValue())));
        List.<HasValue<?, ?>>of(hardware, chips, cost, usd, model, separatePrefill, prefillHardware, prefillChips)
                .forEach(f -> UserChange.on(f, changed));
    }

    void setCandidate(Candidate c) {
        shown = c.cost();
        hardware.setValue(c.hardware());
        chips.setValue(c.chipsPerReplica());
        offerCosts(c.hardware(), key(c.cost()));
        usd.setValue(c.cost().usdPerChipHour());
        model.setValue(c.model());
        separatePrefill.setValue(c.separatePrefill() != null);
        prefillHardware.setValue(c.separatePrefill() == null ? null : c.separatePrefill().hardware());
        prefillChips.setValue(c.separatePrefill() == null ? null : c.separatePrefill().chipsPerWorker());
    }

    void allowRemoval(boolean allowed) {
        remove.setEnabled(allowed);
    }

    /** The option as entered, or empty (the field marked) while a required value is missing. */
    Optional<Candidate> candidate() {
        if (hardware.getValue() == null) {
            hardware.setInvalid(true);
            hardware.setErrorMessage("choose hardware");
            return Optional.empty();
        }
        String choice = cost.getValue() == null ? DEFAULT : cost.getValue();
        CostChoice costChoice = choice.startsWith(DEAL_PREFIX) ? CostChoice.deal(choice.substring(DEAL_PREFIX.length()))
                : ON_DEMAND.equals(choice) ? new CostChoice(CostChoice.Kind.ON_DEMAND, null, usd.getValue())
                : CostChoice.DEFAULT;
        if (shown.terms() != null && costChoice.equals(shown.unpinned())
                && shown.terms().hardware().equals(hardware.getValue())) {
            costChoice = shown;
        }
        return Optional.of(new Candidate(hardware.getValue(), chips.getValue(), costChoice, model.getValue(),
                separatePrefill.getValue()
                        ? new Candidate.SeparatePrefill(prefillHardware.getValue(), prefillChips.getValue()) : null));
    }

    /** Fields by the suffix of their path in field problems (candidates[i].hardware, ...). */
    Map<String, HasValidation> fields() {
        return Map.of("hardware", hardware, "chipsPerReplica", chips, "cost.dealId", cost, "cost.usdPerChipHour", usd,
                "model", model, "separatePrefill.hardware", prefillHardware, "separatePrefill.chipsPerWorker", prefillChips);
    }

    private void offerCosts(String hardwareId, String wanted) {
        List<String> keys = choices.costKeys(hardwareId);
        cost.setItems(keys);
        cost.setValue(keys.contains(wanted) ? wanted : DEFAULT);
        usd.setVisible(ON_DEMAND.equals(cost.getValue()));
    }

    private static String key(CostChoice c) {
        return switch (c.kind()) {
            case DEFAULT -> DEFAULT;
            case DEAL -> DEAL_PREFIX + c.dealId();
            case ON_DEMAND -> ON_DEMAND;
        };
    }
}
