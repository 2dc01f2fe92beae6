package com.inferplan.db.portfolio;

/** On the in-memory H2 of src/test/resources/application.properties. */
class PortfolioRepositoryH2Test extends PortfolioRepositoryTestBase {
}
