package com.inferplan.ui.explorer;

import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.ReportFormat;
import com.inferplan.backend.report.ReportService;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.ui.layout.FileDownload;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;

/**
 * Export the scenario on screen: the XLSX workbook, the PDF board pack (A4 or Letter) and the CSV,
 * made by the report service from the same answer the page shows (decision 0706). Each file is made
 * when its link is clicked, so it holds the current inputs, saved or not.
 */
class ReportDownloads extends Div {

    ReportDownloads(ReportService reports, Supplier<Scenario> scenario, Supplier<String> name) {
        addClassName("ipx-exports");
        setId("explorer-exports");
        Span label = new Span("Export");
        label.addClassName("ip-muted");
        add(label,
                link(reports, scenario, name, ReportFormat.XLSX, Paper.A4, "XLSX", "explorer-export-xlsx"),
                link(reports, scenario, name, ReportFormat.PDF, Paper.A4, "PDF (A4)", "explorer-export-pdf"),
                link(reports, scenario, name, ReportFormat.PDF, Paper.LETTER, "PDF (Letter)", "explorer-export-pdf-letter"),
                link(reports, scenario, name, ReportFormat.CSV, Paper.A4, "CSV", "explorer-export-csv"));
    }

    private static com.vaadin.flow.component.html.Anchor link(ReportService reports, Supplier<Scenario> scenario,
                                                              Supplier<String> name, ReportFormat format, Paper paper,
                                                              String text, String id) {
        return FileDownload.link(text, id, () -> reports.unsaved(name.get(), scenario.get(), format, paper));
    }
}
