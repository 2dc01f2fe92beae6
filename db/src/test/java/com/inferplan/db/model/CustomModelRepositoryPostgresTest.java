package com.inferplan.db.model;

import org.springframework.test.context.ActiveProfiles;

/** On the PostgreSQL server of application-postgresql.properties; fails if it is not running. */
@ActiveProfiles("postgresql")
class CustomModelRepositoryPostgresTest extends CustomModelRepositoryTestBase {
}
