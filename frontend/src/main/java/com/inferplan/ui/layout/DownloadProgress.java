package com.inferplan.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;

/**
 * What a download link shows while its file is made and sent: disabled with "building…", then the
 * share sent, then itself again; a failure as an error notification (15 s) that says why. Calls
 * from the download request come through {@code UI.access} (the app has server push).
 */
final class DownloadProgress {

    static final String BUSY_ATTRIBUTE = "aria-busy";
    private final Anchor link;
    private final Span label;
    private final String text;

    DownloadProgress(Anchor link, Span label, String text) {
        this.link = link;
        this.label = label;
        this.text = text;
    }

    void building(UI ui) {
        ui.access(() -> {
            link.setEnabled(false);
            link.getElement().setAttribute(BUSY_ATTRIBUTE, "true");
            label.setText(text + ": building…");
        });
    }

    /** From the handler's progress listener, already inside {@code UI.access}. */
    void sent(long bytes, long totalBytes) {
        label.setText(totalBytes > 0 ? text + ": " + String.format(Locale.ROOT, "%.0f%%", 100.0 * bytes / totalBytes)
                : text + ": sending…");
    }

    /** From the handler's completion listener, on success and on failure. */
    void done(boolean succeeded) {
        link.setEnabled(true);
        link.getElement().removeAttribute(BUSY_ATTRIBUTE);
        label.setText(text);
    }

    void failed(UI ui, String message) {
        ui.access(() -> {
            done(false);
            Notification shown = Notification.show(message, 15_000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            shown.setId("download-error");
        });
    }
}
