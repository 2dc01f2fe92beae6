package com.inferplan.ui.portfolio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;

/** Example, save, saved portfolios, versions, compare, share, CSV; and where the portfolio stands. */
class PortfolioToolbar extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Button example = button("Open the built-in example", "pf-example", VaadinIcon.BOOK);
    final Button save = button("Save", "pf-save", VaadinIcon.CHECK);
    final Button saveAs = button("Save as new", "pf-save-as", VaadinIcon.COPY_O);
    final Button open = button("Saved portfolios…", "pf-open", VaadinIcon.FOLDER_OPEN_O);
    final Button versions = button("Versions…", "pf-versions", VaadinIcon.TIME_BACKWARD);
    final Button compare = button("Compare…", "pf-compare", VaadinIcon.SPLIT_H);
    final Button share = button("Share link", "pf-share", VaadinIcon.LINK);
    private final Div status = new Div();
    private final Div buttons;

    PortfolioToolbar() {
        addClassName("ipx-toolbar");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        example.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        // shown to every role as in the explorer: the service refuses a viewer's save and the app says why
        status.setId("pf-status");
        status.addClassName("ip-muted");
        buttons = new Div(example, save, saveAs, open, versions, compare, share);
        buttons.addClassName("ipx-buttons");
        add(buttons, status);
    }

    void addExports(Component... links) {
        Div exports = new Div(links);
        exports.addClassName("ip-exports");
        buttons.add(exports);
    }

    void show(SavedState saved, boolean edited) {
        versions.setEnabled(saved != null);
        if (saved == null) {
            status.setText("Unsaved portfolio: the link in the address bar (or Share link) restores it exactly.");
        } else {
            status.setText("“" + saved.name() + "”, version " + saved.version() + " (" + saved.savedBy() + ", "
                    + WHEN.format(saved.savedAt()) + ")" + (edited ? " — edited since, not saved yet" : ""));
        }
    }

    private static Button button(String text, String id, VaadinIcon icon) {
        Button b = new Button(text, icon.create());
        b.setId(id);
        return b;
    }
}
