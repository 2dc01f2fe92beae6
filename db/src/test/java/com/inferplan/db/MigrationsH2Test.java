package com.inferplan.db;

import org.jooq.SQLDialect;

/** On the in-memory H2 of src/test/resources/application.properties. */
class MigrationsH2Test extends MigrationsTestBase {

    @Override
    SQLDialect expectedDialect() {
        return SQLDialect.H2;
    }
}
