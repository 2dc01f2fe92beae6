package com.inferplan.db.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Test support, active with {@code inferplan.test.clean-database=true}: Flyway empties its schemas
 * before it migrates, so that tests on a long-lived PostgreSQL database start from an empty schema,
 * as they do on a fresh in-memory H2. It lives in the db module's test jar (registered as an
 * auto-configuration there), never in the application, which must not be able to clean anything.
 * A server that cannot be reached fails start-up with how to start the test server.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "inferplan.test.clean-database", havingValue = "true")
public class CleanDatabaseBeforeMigrate {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            // A copy with cleaning allowed: the application's own Flyway keeps clean disabled.
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        };
    }

    /** Checks the DataSource as soon as it exists: Flyway and jOOQ would fail later with less helpful words. */
    @Bean
    static BeanPostProcessor requireReachableDatabase(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    requireReachable(dataSource, environment);
                }
                return bean;
            }
        };
    }

    private static void requireReachable(DataSource dataSource, Environment environment) {
        try (Connection ignored = dataSource.getConnection()) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("The test database " + environment.getProperty("spring.datasource.url")
                    + " (user " + environment.getProperty("spring.datasource.username") + ") cannot be reached: "
                    + e.getMessage() + " These tests need a PostgreSQL server: run `sudo bash .ci/postgres.sh` to "
                    + "install and start one with the test role and database, or point -Dinferplan.pg.url, "
                    + "-Dinferplan.pg.user and -Dinferplan.pg.password at another.", e);
        }
    }
}
