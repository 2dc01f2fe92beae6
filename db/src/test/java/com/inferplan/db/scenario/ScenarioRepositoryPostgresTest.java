package com.inferplan.db.scenario;

import org.springframework.test.context.ActiveProfiles;

/** On the PostgreSQL server of application-postgresql.properties; fails if it is not running. */
@ActiveProfiles("postgresql")
class ScenarioRepositoryPostgresTest extends ScenarioRepositoryTestBase {
}
