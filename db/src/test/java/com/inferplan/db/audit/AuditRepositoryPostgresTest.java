package com.inferplan.db.audit;

import org.springframework.test.context.ActiveProfiles;

/** On the PostgreSQL server of application-postgresql.properties; fails if it is not running. */
@ActiveProfiles("postgresql")
class AuditRepositoryPostgresTest extends AuditRepositoryTestBase {
}
