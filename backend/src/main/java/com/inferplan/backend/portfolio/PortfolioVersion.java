package com.inferplan.backend.portfolio;

import java.time.LocalDateTime;

/** One save of a portfolio, as it was. */
public record PortfolioVersion(String portfolioId, int version, String name, String savedBy, LocalDateTime savedAt,
                               Portfolio portfolio) {
}
