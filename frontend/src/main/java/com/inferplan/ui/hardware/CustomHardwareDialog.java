package com.inferplan.ui.hardware;

import com.inferplan.backend.hardware.CustomHardwareDraft;
import com.inferplan.backend.hardware.HardwareService;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.catalog.Accelerator;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds a custom accelerator. Field rules come from the draft's bean-validation annotations; the
 * catalog's physical checks run on save and their messages land on the field they concern.
 * Nothing is stored unless every check passes.
 */
class CustomHardwareDialog extends Dialog {

    private final BeanValidationBinder<CustomHardwareDraft> binder = new BeanValidationBinder<>(CustomHardwareDraft.class);
    private final Map<String, HasValue<?, ?>> fields = new HashMap<>();
    private final Div formError = new Div();

    CustomHardwareDialog(HardwareService service, Consumer<Accelerator> onSaved) {
        setHeaderTitle("Add custom hardware");
        setWidth("760px");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 3));
        form.add(text("id", "Id (e.g. acme-x1)"), text("vendor", "Vendor"), text("name", "Name"));
        form.add(integer("year", "Year"), choice("kind", "Kind", List.of("gpu", "tpu", "wafer-scale", "lpu", "rdu",
                "asic-accelerator", "cpu")), choice("memoryKind", "Main memory", List.of("hbm", "on_chip_sram", "dram")));
        form.add(number("bf16Tflops", "BF16 dense TFLOP/s"), number("fp8Tflops", "FP8 dense TFLOP/s (optional)"),
                number("fp4Tflops", "FP4 dense TFLOP/s (optional)"));
        form.add(number("memoryGb", "Memory capacity GB"), number("memoryTbPerSecond", "Memory bandwidth TB/s"),
                number("powerWatts", "Chip power W (optional)"));
        ComboBox<String> status = choice("status", "Status", List.of("USER_SUPPLIED", "VENDOR_PUBLISHED", "THIRD_PARTY",
                "DERIVED"));
        status.setItemLabelGenerator(CustomHardwareDialog::statusLabel);
        form.add(number("scaleUpGbPerSecond", "Scale-up GB/s per direction (optional)"),
                integer("scaleUpDomainChips", "Scale-up domain chips"), status);
        TextField sourceTitle = text("sourceTitle", "Source title");
        TextField sourceUrl = text("sourceUrl", "Source URL (optional)");
        TextField derivation = text("derivation", "Derivation (required for DERIVED)");
        form.add(sourceTitle, sourceUrl, derivation);
        form.setColspan(sourceTitle, 1);
        binder.setBean(new CustomHardwareDraft());
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.setId("custom-hardware-error");
        add(form, formError);

        Button save = new Button("Save", e -> save(service, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(HardwareService service, Consumer<Accelerator> onSaved) {
        formError.setText("");
        if (!binder.validate().isOk()) {
            formError.setText("Fix the highlighted fields; nothing was saved.");
            return;
        }
        try {
            Accelerator saved = service.saveCustom(binder.getBean());
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            showProblems(e.problems());
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        StringBuilder unplaced = new StringBuilder();
        for (FieldProblem p : problems) {
            HasValue<?, ?> field = fields.get(p.field());
            if (field instanceof com.vaadin.flow.component.HasValidation v) {
                v.setErrorMessage(p.message());
                v.setInvalid(true);
            } else {
                unplaced.append(p.field()).append(": ").append(p.message()).append(". ");
            }
        }
        formError.setText("Not saved. " + unplaced);
    }

    private TextField text(String property, String label) {
        TextField f = new TextField(label);
        f.setId("hw-" + property);
        binder.forField(f).withNullRepresentation("").bind(property);
        fields.put(property, f);
        return f;
    }

    private NumberField number(String property, String label) {
        NumberField f = new NumberField(label);
        f.setId("hw-" + property);
        binder.bind(f, property);
        fields.put(property, f);
        return f;
    }

    private IntegerField integer(String property, String label) {
        IntegerField f = new IntegerField(label);
        f.setId("hw-" + property);
        binder.bind(f, property);
        fields.put(property, f);
        return f;
    }

    /** The status as people say it; the form keeps the catalog's code behind it. */
    private static String statusLabel(String code) {
        return switch (code) {
            case "USER_SUPPLIED" -> "User-supplied (not checked)";
            case "VENDOR_PUBLISHED" -> "Vendor-published (datasheet)";
            case "THIRD_PARTY" -> "Third-party (press, benchmark)";
            default -> "Derived / estimate (give the derivation)";
        };
    }

    private ComboBox<String> choice(String property, String label, List<String> items) {
        ComboBox<String> f = new ComboBox<>(label, items);
        f.setId("hw-" + property);
        binder.bind(f, property);
        fields.put(property, f);
        return f;
    }
}
