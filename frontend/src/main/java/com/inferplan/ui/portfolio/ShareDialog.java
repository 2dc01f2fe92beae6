package com.inferplan.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** The link that reopens exactly this portfolio, saved or not, ready to copy. */
class ShareDialog extends Dialog {

    ShareDialog(String url) {
        setHeaderTitle("Share this portfolio");
        setWidth("min(800px, 95vw)");
        TextField link = new TextField();
        link.setId("pf-link");
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        Div note = new Div("The link holds the whole portfolio (tiers, pools, limits): whoever opens it sees these"
                + " inputs and gets the same optimised answer, whether or not it is saved.");
        note.addClassName("ip-muted");
        add(link, note);
        Button copy = new Button("Copy", e -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Notification.show("Link copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", e -> close()), copy);
    }
}
