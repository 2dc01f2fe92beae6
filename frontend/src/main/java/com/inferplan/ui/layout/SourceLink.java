package com.inferplan.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A source's title, linked (in a new tab) only when its address is http or https: a stored
 * {@code javascript:} or {@code data:} address is shown as plain text, never as a link (decision 0813).
 */
public final class SourceLink {

    private SourceLink() {
    }

    public static Component of(String url, String title) {
        if (url == null || !isWebAddress(url)) {
            return new Span(title);
        }
        Anchor link = new Anchor(url, title);
        link.setTarget("_blank");
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    static boolean isWebAddress(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
