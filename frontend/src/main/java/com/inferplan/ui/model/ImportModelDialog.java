package com.inferplan.ui.model;

import com.inferplan.backend.model.ModelService;
import com.inferplan.backend.support.FieldProblem;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.model.ModelArchitecture;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Imports a Hugging Face config.json (paste or upload). Every problem is listed by field; nothing is saved on error. */
class ImportModelDialog extends Dialog {

    private final TextField id = new TextField("Model id");
    private final TextField name = new TextField("Display name");
    private final TextArea config = new TextArea("config.json");
    private final UnorderedList errors = new UnorderedList();

    ImportModelDialog(ModelService service, Consumer<ModelArchitecture> onSaved) {
        setHeaderTitle("Import a Hugging Face config.json");
        setWidth("720px");
        id.setId("model-id");
        id.setPlaceholder("e.g. my-llama-8b");
        name.setId("model-name");
        config.setId("model-config");
        config.setWidthFull();
        config.setHeight("260px");
        config.setPlaceholder("{ \"model_type\": \"llama\", \"hidden_size\": 4096, … }");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(1_000_000);
        upload.addSucceededListener(e -> {
            try {
                config.setValue(new String(buffer.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ex) {
                config.setErrorMessage("the uploaded file could not be read: " + ex.getMessage());
                config.setInvalid(true);
            }
        });
        errors.setId("model-import-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Div(id, name), upload, config, errors);
        Button save = new Button("Import", e -> save(service, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("model-import");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void save(ModelService service, Consumer<ModelArchitecture> onSaved) {
        errors.removeAll();
        id.setInvalid(false);
        try {
            ModelArchitecture model = service.importConfig(id.getValue(), name.getValue(), config.getValue());
            close();
            onSaved.accept(model);
        } catch (InvalidInputException e) {
            for (FieldProblem p : e.problems()) {
                if (p.field().equals("id")) {
                    id.setErrorMessage(p.message());
                    id.setInvalid(true);
                }
                errors.add(new ListItem(p.toString()));
            }
        }
    }
}
