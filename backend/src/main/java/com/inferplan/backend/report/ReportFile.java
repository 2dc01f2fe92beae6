package com.inferplan.backend.report;

/** A rendered report: its bytes, media type and a file name made from the scenario's name. */
public record ReportFile(byte[] bytes, ReportFormat format, String fileName) {

    static String fileName(String scenarioName, ReportFormat format) {
        String slug = scenarioName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "inferplan-" + (slug.isEmpty() ? "scenario" : slug) + "." + format.extension();
    }
}
