package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioCsv;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.report.Paper;
import com.inferplan.backend.report.PortfolioReportService;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import java.util.Locale;

/**
 * The downloads of the portfolio on screen: the CSV of the answer (PortfolioCsv, the same table the CLI
 * and REST give) and the XLSX workbook and PDF board pack of the report service (decision 0712). Where the
 * inputs changed since the answer on screen, the current portfolio is answered within the server's limits
 * instead, so a file never describes other inputs than the page's.
 */
final class PortfolioExport {

    private PortfolioExport() {
    }

    static ReportFile csv(PortfolioService service, PortfolioView.Answered shown, Portfolio current, SavedState saved) {
        PortfolioAnswer answer = shown != null && shown.portfolio().equals(current) ? shown.answer()
                : service.answerWithinLimits(current);
        return new ReportFile(PortfolioCsv.of(answer).bytes(), ReportFormat.CSV, fileName(saved));
    }

    /** The workbook or board pack of the portfolio on screen, named after the saved one if any. */
    static ReportFile report(PortfolioReportService reports, Portfolio current, SavedState saved, ReportFormat format,
                             Paper paper) {
        String name = saved == null ? "Portfolio" : saved.name() + " v" + saved.version();
        return reports.unsaved(name, current, format, paper);
    }

    static String fileName(SavedState saved) {
        String name = saved == null ? "portfolio" : saved.name() + " v" + saved.version();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "inferplan-" + (slug.isEmpty() ? "portfolio" : slug) + ".csv";
    }
}
