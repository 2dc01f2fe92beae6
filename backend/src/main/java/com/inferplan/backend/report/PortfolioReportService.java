package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioService;
import com.inferplan.backend.portfolio.PortfolioVersion;
import com.inferplan.backend.portfolio.SavedPortfolio;
import com.inferplan.backend.support.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Reports of saved and unsaved portfolios, from the same answer {@code /answer} and {@code /optimize} give
 * (within the caller's computation limits). Open to every signed-in role: exporting is reading (0801).
 */
@Service
public class PortfolioReportService {

    private final PortfolioService portfolios;
    private final PortfolioReportRenderer renderer = new PortfolioReportRenderer(Clock.systemUTC());

    public PortfolioReportService(PortfolioService portfolios) {
        this.portfolios = portfolios;
    }

    /** The current version of a saved portfolio, or {@code version} of its history. */
    public ReportFile saved(String id, Integer version, ReportFormat format, Paper paper) {
        if (version != null) {
            PortfolioVersion v = portfolios.versions(id).stream().filter(x -> x.version() == version).findFirst()
                    .orElseThrow(() -> new NotFoundException("portfolio " + id + " has no version " + version));
            return unsaved(v.name() + " v" + v.version(), v.portfolio(), format, paper);
        }
        SavedPortfolio saved = portfolios.get(id);
        return unsaved(saved.name() + " v" + saved.version(), saved.portfolio(), format, paper);
    }

    public ReportFile unsaved(String name, Portfolio portfolio, ReportFormat format, Paper paper) {
        return renderer.render(name, portfolio, portfolios.answerWithinLimits(portfolio), format, paper);
    }
}
