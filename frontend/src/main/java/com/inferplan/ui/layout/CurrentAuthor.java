package com.inferplan.ui.layout;

import com.vaadin.flow.server.VaadinSession;

/**
 * The name recorded as author of what this browser session saves. There is no login yet, so a
 * person states their name in the header; it defaults to "analyst".
 */
public final class CurrentAuthor {

    private static final String KEY = "inferplan.author";

    private CurrentAuthor() {
    }

    public static String get() {
        Object name = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getAttribute(KEY);
        return name == null ? "analyst" : name.toString();
    }

    public static void set(String name) {
        VaadinSession.getCurrent().setAttribute(KEY, name == null || name.isBlank() ? null : name.trim());
    }
}
