package com.inferplan.ui.pricing.form;

import com.inferplan.backend.pricing.BasisEntry;
import com.inferplan.backend.pricing.BasisSpec;
import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.SavedCostBasis;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.backend.support.NotFoundException;
import com.inferplan.backend.support.EditConflictException;
import com.inferplan.pricing.PricingInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates or edits a saved cost basis. Fields are checked by the library's rules as they are
 * typed; nothing is stored unless every check passes. An edit names the version it was opened at:
 * if someone saved in between, the dialog says who and when and lets the person choose, never
 * overwriting silently.
 */
public final class BasisFormDialog extends Dialog {

    private final CostBasisService service;
    private final Consumer<SavedCostBasis> onSaved;
    private final TextField name = new TextField("Name");
    private final ComboBox<String> hardware = new ComboBox<>("Hardware (optional)");
    private final Select<BasisKind> kind = new Select<>();
    private final Div formHolder = new Div();
    private final RangesEditor ranges = new RangesEditor(this::form);
    private final Div error = new Div();
    private final Div conflictActions = new Div();
    private final Binder<Map<String, String>> header = new Binder<>();
    private KindForm form;
    private SavedCostBasis editing;

    private BasisFormDialog(CostBasisService service, Consumer<SavedCostBasis> onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        setId("basis-dialog");
        setWidth("min(900px, 96vw)");
        name.setId("basis-name");
        hardware.setId("basis-hardware");
        hardware.setItems(service.hardwareIds());
        hardware.setItemLabelGenerator(id -> service.hardwareName(id) + " (" + id + ")");
        hardware.setClearButtonVisible(true);
        kind.setLabel("Kind");
        kind.setId("basis-kind");
        kind.setItems(BasisKind.values());
        kind.setItemLabelGenerator(BasisKind::label);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                useForm(e.getValue().newForm());
                ranges.show(Map.of());
            }
        });
        header.setBean(new HashMap<>());
        header.forField(name).asRequired("is required")
                .withValidator(v -> v.trim().length() <= 200, "must be at most 200 characters")
                .bind(m -> m.get("name"), (m, v) -> m.put("name", v));
        FormLayout top = new FormLayout(name, hardware, kind);
        top.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 3));
        Details spread = new Details("Uncertainty (optional ranges for P10–P90 and the tornado)", ranges);
        spread.setId("basis-ranges");
        error.setId("basis-form-error");
        error.addClassName("ip-deals-error");
        add(top, formHolder, spread, error, conflictActions);
        Button save = new Button("Save", e -> save());
        save.setId("basis-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    public static BasisFormDialog create(CostBasisService service, Consumer<SavedCostBasis> onSaved) {
        BasisFormDialog dialog = new BasisFormDialog(service, onSaved);
        dialog.setHeaderTitle("New cost basis");
        dialog.kind.setValue(BasisKind.ON_DEMAND);
        dialog.useForm(BasisKind.ON_DEMAND.newForm());
        return dialog;
    }

    public static BasisFormDialog edit(CostBasisService service, SavedCostBasis saved,
                                       Consumer<SavedCostBasis> onSaved) {
        BasisFormDialog dialog = new BasisFormDialog(service, onSaved);
        dialog.kind.setReadOnly(true);
        dialog.show(saved);
        return dialog;
    }

    private KindForm form() {
        return form;
    }

    private void show(SavedCostBasis saved) {
        editing = saved;
        setHeaderTitle("Edit " + saved.name() + " (version " + saved.version() + ", " + saved.updatedBy() + ")");
        name.setValue(saved.name());
        hardware.setValue(saved.hardwareId());
        BasisKind k = BasisKind.of(saved.spec().basis());
        kind.setValue(k);
        useForm(k.newForm());
        form.show(saved.spec().basis());
        ranges.show(saved.spec().uncertainty());
    }

    private void useForm(KindForm next) {
        form = next;
        formHolder.removeAll();
        formHolder.add(next);
    }

    private void save() {
        error.setText("");
        conflictActions.removeAll();
        boolean headerOk = header.validate().isOk();
        boolean formOk = form.validate();
        if (!headerOk || !formOk || !ranges.validate()) {
            error.setText("Fix the highlighted fields; nothing was saved.");
            return;
        }
        try {
            BasisSpec spec = new BasisSpec(form.build(), ranges.build(), Map.of());
            BasisEntry entry = new BasisEntry(name.getValue(), hardware.getValue(), spec);
            SavedCostBasis saved = editing == null ? service.create(entry)
                    : service.update(editing.id(), entry, editing.version());
            close();
            onSaved.accept(saved);
        } catch (PricingInputException e) {
            mark(e.field(), e.reason());
            error.setText("Not saved: " + e.field() + " " + e.reason() + ".");
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> mark(p.field(), p.message()));
            error.setText("Not saved: " + e.problems().stream().map(FieldProblem::toString)
                    .reduce((a, b) -> a + "; " + b).orElse(""));
        } catch (EditConflictException e) {
            reportConflict();
        } catch (NotFoundException e) {
            error.setText("Not saved: this basis was deleted by someone else while you were editing.");
        }
    }

    private void reportConflict() {
        SavedCostBasis theirs = service.requireSaved(editing.id());
        error.setText("Not saved: " + theirs.updatedBy() + " saved version " + theirs.version() + " at "
                + theirs.updatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                + " while you were editing version " + editing.version()
                + ". Your changes are still in the form.");
        Button load = new Button("Load their version", e -> {
            show(theirs);
            error.setText("");
            conflictActions.removeAll();
        });
        load.setId("basis-load-theirs");
        Button overwrite = new Button("Save mine over theirs", e -> {
            editing = theirs;
            save();
        });
        overwrite.setId("basis-overwrite");
        overwrite.addThemeVariants(ButtonVariant.LUMO_ERROR);
        conflictActions.add(load, new Span(" "), overwrite);
    }

    /** Puts a problem on the field it names: "basis.power.pue" on PUE, "uncertainty.pue" on its range. */
    private void mark(String field, String message) {
        Optional<? extends HasValidation> target;
        String last = field.substring(field.lastIndexOf('.') + 1);
        if (field.equals("name")) {
            target = Optional.of(name);
        } else if (field.equals("hardwareId")) {
            target = Optional.of(hardware);
        } else if (field.startsWith("uncertainty.")) {
            target = ranges.fieldFor(last);
        } else {
            target = form.fieldFor(last);
        }
        target.ifPresent(f -> {
            f.setErrorMessage(message);
            f.setInvalid(true);
        });
    }
}
