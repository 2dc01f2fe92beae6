package com.inferplan.ui.explorer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** Save, save as new, rename, delete, saved scenarios, versions, share, and where the scenario stands. */
class ExplorerToolbar extends Div {

    final Button save = button("Save", "explorer-save", VaadinIcon.CHECK);
    final Button saveAs = button("Save as new", "explorer-save-as", VaadinIcon.COPY_O);
    final Button rename = button("Rename", "explorer-rename", VaadinIcon.EDIT);
    final Button delete = button("Delete", "explorer-delete", VaadinIcon.TRASH);
    final Button open = button("Saved scenarios…", "explorer-open", VaadinIcon.FOLDER_OPEN_O);
    final Button versions = button("Versions…", "explorer-versions", VaadinIcon.TIME_BACKWARD);
    final Button share = button("Share link", "explorer-share", VaadinIcon.LINK);
    final Button example = button("Open the published example", "explorer-example", VaadinIcon.BOOK);
    private final Div status = new Div();
    private final Div buttons;

    ExplorerToolbar() {
        addClassName("ipx-toolbar");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        example.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        status.setId("explorer-status");
        status.addClassName("ip-muted");
        buttons = new Div(save, saveAs, rename, delete, open, versions, share, example);
        buttons.addClassName("ipx-buttons");
        add(buttons, status);
    }

    /** The export links, after the buttons. */
    void addExports(Div exports) {
        buttons.add(exports);
    }

    /** Where the scenario stands: unsaved, saved at a version, or edited since. */
    void show(SavedState saved, boolean edited) {
        // Only on a change: each setEnabled is a script call the browser runs before it shows the answer.
        List.of(rename, delete, versions).stream().filter(b -> b.isEnabled() != (saved != null))
                .forEach(b -> b.setEnabled(saved != null));
        if (saved == null) {
            status.setText("Unsaved scenario: the link in the address bar (or Share link) restores it exactly.");
        } else {
            status.setText("“" + saved.name() + "”, version " + saved.version() + " (" + saved.savedBy() + ", "
                    + SavedScenariosDialog.WHEN.format(saved.savedAt()) + ")"
                    + (edited ? " — edited since, not saved yet" : ""));
        }
    }

    private static Button button(String text, String id, VaadinIcon icon) {
        Button b = new Button(text, icon.create());
        b.setId(id);
        return b;
    }
}
