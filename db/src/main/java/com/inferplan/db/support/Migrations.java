package com.inferplan.db.support;

/** Where Flyway finds the migrations, for code that migrates without Spring Boot (the CLI). */
public final class Migrations {

    public static final String[] LOCATIONS = {"classpath:db/migration"};

    private Migrations() {
    }
}
