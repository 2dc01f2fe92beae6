package com.inferplan.ui.layout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/** The link that reopens exactly what is on screen (a scenario, a portfolio), saved or not, ready to copy. */
public class ShareLinkDialog extends Dialog {

    /**
     * @param title  e.g. "Share this scenario"
     * @param linkId the link field's id, for browser tests
     * @param note   what the link holds
     */
    public ShareLinkDialog(String title, String linkId, String note, String url) {
        setHeaderTitle(title);
        setWidth("min(800px, 95vw)");
        TextField link = new TextField();
        link.setId(linkId);
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        Div explanation = new Div(note);
        explanation.addClassName("ip-muted");
        add(link, explanation);
        Button copy = new Button("Copy", e -> {
            getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            Notification.show("Link copied");
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", e -> close()), copy);
    }
}
