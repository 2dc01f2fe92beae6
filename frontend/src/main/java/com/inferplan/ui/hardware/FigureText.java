package com.inferplan.ui.hardware;

import com.inferplan.backend.support.Quantities;
import com.inferplan.catalog.Figure;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** A figure as text, and its status as a Lumo badge (estimates visibly labelled). */
final class FigureText {

    private FigureText() {
    }

    static String value(Optional<Figure> figure) {
        return figure.map(f -> Quantities.format(f.value(), f.unit())).orElse("—");
    }

    static Component statusBadge(Figure figure) {
        Span badge = new Span(switch (figure.status()) {
            case VENDOR_PUBLISHED -> "vendor";
            case THIRD_PARTY -> "third-party";
            case DERIVED -> "derived / estimate";
            case USER_SUPPLIED -> "user-supplied";
        });
        badge.addClassNames("ip-badge", "ip-status-" + figure.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
