package com.inferplan.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The shared migrations, whatever V files there are, apply on each database; jOOQ speaks its dialect. */
@SpringBootTest
abstract class MigrationsTestBase {

    @Autowired
    Flyway flyway;

    @Autowired
    DSLContext dsl;

    abstract SQLDialect expectedDialect();

    @Test
    void everySharedMigrationIsApplied() throws IOException {
        String[] shared = Arrays.stream(new PathMatchingResourcePatternResolver()
                        .getResources("classpath:db/migration/V*.sql"))
                .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")).replace('_', '.'))
                .toArray(String[]::new);

        assertThat(shared).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).filteredOn(m -> m.getVersion() != null)
                .allMatch(m -> m.getState() == MigrationState.SUCCESS, "succeeded")
                .extracting(MigrationInfo::getVersion).extracting(Object::toString)
                .contains(shared);
    }

    @Test
    void springBootPicksTheJooqDialectFromTheDataSource() {
        assertThat(dsl.dialect().family()).isEqualTo(expectedDialect());
    }
}
