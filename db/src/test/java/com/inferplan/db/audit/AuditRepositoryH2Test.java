package com.inferplan.db.audit;

/** On the in-memory H2 of src/test/resources/application.properties. */
class AuditRepositoryH2Test extends AuditRepositoryTestBase {
}
