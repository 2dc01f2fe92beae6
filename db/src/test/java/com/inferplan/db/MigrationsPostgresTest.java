package com.inferplan.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/** On the PostgreSQL server of application-postgresql.properties; fails if it is not running. */
@ActiveProfiles("postgresql")
class MigrationsPostgresTest extends MigrationsTestBase {

    @Override
    SQLDialect expectedDialect() {
        return SQLDialect.POSTGRES;
    }

    @Test
    void clobColumnsAreTextThroughTheVendorDomain() {
        // V0_1 in db/vendor/postgresql runs first; without it V1 would fail on the unknown type.
        assertThat(flyway.info().applied()).extracting(m -> String.valueOf(m.getVersion())).contains("0.1");
        assertThat(dsl.fetchValue("select data_type || '/' || domain_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'scenario' and column_name = 'state_json'"))
                .isEqualTo("text/clob");
    }
}
