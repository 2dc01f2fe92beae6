package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioVersion;
import com.inferplan.backend.portfolio.SavedPortfolio;
import java.time.LocalDateTime;

/** The saved portfolio the page is based on: the version a save must name, and its contents. */
record SavedState(String id, String name, int version, String savedBy, LocalDateTime savedAt, Portfolio portfolio) {

    static SavedState of(SavedPortfolio s) {
        return new SavedState(s.id(), s.name(), s.version(), s.updatedBy(), s.updatedAt(), s.portfolio());
    }

    static SavedState of(PortfolioVersion v) {
        return new SavedState(v.portfolioId(), v.name(), v.version(), v.savedBy(), v.savedAt(), v.portfolio());
    }
}
