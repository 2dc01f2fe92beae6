package com.inferplan.ui.explorer;

import com.inferplan.backend.scenario.Origin;
import com.vaadin.flow.component.html.Span;

/** Small labels: estimate, the origin of an input, SLO met or missed. */
final class Badges {

    private Badges() {
    }

    static Span estimate() {
        Span s = new Span("estimate");
        s.addClassNames("ip-badge", "ipx-est");
        s.getElement().setAttribute("title", "A model prediction, an assumption or derived from them: open it to see which");
        return s;
    }

    static Span origin(Origin origin) {
        Span s = new Span(origin.label());
        s.addClassNames("ip-badge", origin.isEstimate() ? "ipx-est" : "ipx-sourced");
        return s;
    }

    static Span slo(boolean met) {
        Span s = new Span(met ? "SLO met" : "SLO not met");
        s.addClassNames("ip-badge", met ? "ipx-met" : "ipx-missed");
        return s;
    }
}
