package com.inferplan.ui.explorer;

import com.inferplan.backend.support.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for a name (of a scenario or a portfolio), then runs the save; a rejected name is shown on the field. */
public class NameDialog extends Dialog {

    public NameDialog(String title, String action, String initialName, Consumer<String> save) {
        setHeaderTitle(title);
        TextField name = new TextField("Name");
        name.setId("explorer-name");
        name.setValue(initialName == null ? "" : initialName);
        name.setWidth("24em");
        name.setMaxLength(200);
        add(name);
        Button ok = new Button(action, e -> {
            try {
                save.accept(name.getValue());
                close();
            } catch (InvalidInputException problem) {
                name.setInvalid(true);
                name.setErrorMessage(problem.problems().get(0).message());
            }
        });
        ok.setId("explorer-name-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), ok);
        addOpenedChangeListener(e -> name.focus());
    }
}
