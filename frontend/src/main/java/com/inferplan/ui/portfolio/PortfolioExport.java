package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioCsv;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.report.ReportFile;
import com.inferplan.backend.report.ReportFormat;
import java.util.Locale;

/**
 * The CSV download of the answer on screen (PortfolioCsv, the same table the CLI and REST give). Where the
 * inputs changed since that answer, the current portfolio is answered within the server's limits instead,
 * so the file never describes other inputs than the page's.
 */
final class PortfolioExport {

    private PortfolioExport() {
    }

    static ReportFile csv(PortfolioService service, PortfolioView.Answered shown, Portfolio current, SavedState saved) {
        PortfolioAnswer answer = shown != null && shown.portfolio().equals(current) ? shown.answer()
                : service.answerWithinLimits(current);
        return new ReportFile(PortfolioCsv.of(answer).bytes(), ReportFormat.CSV, fileName(saved));
    }

    static String fileName(SavedState saved) {
        String name = saved == null ? "portfolio" : saved.name() + " v" + saved.version();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return "inferplan-" + (slug.isEmpty() ? "portfolio" : slug) + ".csv";
    }
}
