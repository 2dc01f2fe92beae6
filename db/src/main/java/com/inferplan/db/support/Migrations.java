package com.inferplan.db.support;

/**
 * Where Flyway finds the migrations, for code that migrates without Spring Boot (the CLI): the
 * shared ones and the database vendor's own, as {@code spring.flyway.locations} names them with
 * Boot's {@code {vendor}} placeholder.
 */
public final class Migrations {

    private Migrations() {
    }

    public static String[] locations(String jdbcUrl) {
        String vendor = jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }
}
