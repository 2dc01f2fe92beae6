package com.inferplan.backend.report;

import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioResults;
import com.inferplan.pricing.catalog.PricingCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Builds a report from a scenario's answer and renders it in one format (no Spring: the CLI uses it too). */
public final class ReportRenderer {

    private final ReportBuilder builder;

    public ReportRenderer(PricingCatalog pricing, Clock clock) {
        this.builder = new ReportBuilder(pricing, clock);
    }

    public ReportFile render(String name, Scenario scenario, ScenarioResults results, ReportFormat format,
                             Paper paper) {
        Report report = builder.build(name, scenario, results);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            switch (format) {
                case XLSX -> XlsxReport.write(report, bytes);
                case PDF -> PdfReport.write(report, paper, bytes);
                case CSV -> {
                    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                    CsvReport.write(report, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the " + format.extension() + " report could not be written", e);
        }
        return new ReportFile(bytes.toByteArray(), format, ReportFile.fileName(name, format));
    }
}
