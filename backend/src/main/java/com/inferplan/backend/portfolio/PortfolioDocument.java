package com.inferplan.backend.portfolio;

/**
 * A portfolio as the REST API receives it for saving: a name, the state, and for an update the version it
 * was based on (the one GET returned).
 */
public record PortfolioDocument(String name, Integer version, Portfolio portfolio) {
}
