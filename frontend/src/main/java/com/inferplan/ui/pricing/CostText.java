package com.inferplan.ui.pricing;

import com.inferplan.backend.support.Quantities;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.uncertainty.Distribution;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** How the cost views write numbers and statuses for people (never NaN: {@link Quantities} says "n/a"). */
final class CostText {

    private CostText() {
    }

    /** 0.5556 → "0.556"; 35.01 → "35.01"; 11,111,111 → "11.11 M"; 9.259e-7 → "9.26e-7" (a cost per request). */
    static String amount(double value) {
        if (value != 0 && Math.abs(value) < 1e-3 && Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.3g", value).replace("e-0", "e-");
        }
        return Math.abs(value) >= 1e6 ? Quantities.count(value) : Quantities.number(value);
    }

    static String withUnit(double value, String unit) {
        return amount(value) + " " + unit;
    }

    static String percent(double fraction) {
        return Quantities.number(fraction * 100) + "%";
    }

    /** "uniform 10 B – 20 B", "triangular 0.5 – 1 (peak 1)": a spread in the words of the form that sets it. */
    static String describe(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return "uniform " + amount(u.min()) + " – " + amount(u.max());
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular " + amount(t.min()) + " – " + amount(t.max()) + " (peak " + amount(t.mode()) + ")";
        }
        if (d instanceof Distribution.Normal n) {
            return "normal, mean " + amount(n.mean()) + ", standard deviation " + amount(n.standardDeviation());
        }
        if (d instanceof Distribution.LogNormal l) {
            return "log-normal, median " + amount(l.median()) + ", σ of ln " + amount(l.sigma());
        }
        return "fixed " + amount(((Distribution.Fixed) d).value());
    }

    /** A status as a badge; the estimate kinds say so, so nobody reads them as published facts. */
    static Span badge(Provenance provenance) {
        Span badge = new Span(label(provenance));
        badge.addClassNames("ip-badge", "ip-deals-prov-" + provenance.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String label(Provenance provenance) {
        return switch (provenance) {
            case INPUT -> "entered";
            case VENDOR_PUBLISHED -> "vendor-published";
            case REPORTED -> "reported";
            case ESTIMATE -> "estimate";
            case DERIVED -> "derived · estimate";
            case ASSUMED -> "assumed · estimate";
        };
    }
}
