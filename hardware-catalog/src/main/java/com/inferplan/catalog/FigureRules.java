package com.inferplan.catalog;

import java.util.regex.Pattern;

/** Checks one figure: present when required, unit, finite positive value in range, provenance. */
final class FigureRules {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final ErrorReport report;
    private final boolean userDefined;

    FigureRules(ErrorReport report, boolean userDefined) {
        this.report = report;
        this.userDefined = userDefined;
    }

    void required(String field, Figure figure, String unit, PlausibleRange range) {
        if (figure == null) {
            report.add(field, "is missing");
        } else {
            check(field, figure, unit, range);
        }
    }

    void optional(String field, Figure figure, String unit, PlausibleRange range) {
        if (figure != null) {
            check(field, figure, unit, range);
        }
    }

    private void check(String field, Figure f, String unit, PlausibleRange range) {
        if (!unit.equals(f.unit())) {
            report.add(field, "unit '" + f.unit() + "' is not the expected '" + unit + "'");
        }
        if (!Double.isFinite(f.value()) || f.value() <= 0) {
            report.add(field, "value " + f.value() + " must be positive and finite");
        } else if (!range.contains(f.value())) {
            report.add(field, "value " + f.value() + " " + unit + " is outside the plausible range ["
                    + range.min() + ", " + range.max() + "]");
        }
        source(field + ".source", f.source());
        if (f.status() == null) {
            report.add(field + ".status", "figure has no status");
        } else if (f.status() == FigureStatus.USER_SUPPLIED && !userDefined) {
            report.add(field + ".status", "USER_SUPPLIED is for custom entries; a built-in figure names its source's status");
        } else if (f.status() == FigureStatus.DERIVED && blank(f.derivation())) {
            report.add(field + ".derivation", "DERIVED figure has no derivation");
        }
    }

    /** Built-in data must cite title, URL and date; user entries may omit the URL. */
    void source(String field, Source source) {
        if (source == null) {
            report.add(field, "figure has no source");
            return;
        }
        if (blank(source.title())) {
            report.add(field + ".title", "source has no title");
        }
        if (blank(source.url()) && !userDefined) {
            report.add(field + ".url", "source has no URL");
        }
        if (blank(source.date()) || !DATE.matcher(source.date()).matches()) {
            report.add(field + ".date", "date '" + source.date() + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
