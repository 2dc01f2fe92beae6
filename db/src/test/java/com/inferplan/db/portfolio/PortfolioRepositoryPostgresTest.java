package com.inferplan.db.portfolio;

import org.springframework.test.context.ActiveProfiles;

/** On the PostgreSQL server of application-postgresql.properties; fails if it is not running. */
@ActiveProfiles("postgresql")
class PortfolioRepositoryPostgresTest extends PortfolioRepositoryTestBase {
}
