package com.inferplan.db.user;

import org.springframework.test.context.ActiveProfiles;

/** On the PostgreSQL server of application-postgresql.properties; fails if it is not running. */
@ActiveProfiles("postgresql")
class UserRepositoryPostgresTest extends UserRepositoryTestBase {
}
