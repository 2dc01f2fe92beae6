package com.inferplan.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/** A database of this run's own on the test server, made and dropped as the test role (which has CREATEDB). */
record FreshPostgresDatabase(String name) {

    static final String SERVER_URL = System.getProperty("inferplan.pg.url", "jdbc:postgresql://localhost:5432/inferplan_test");
    static final String USER = System.getProperty("inferplan.pg.user", "inferplan");
    static final String PASSWORD = System.getProperty("inferplan.pg.password", "inferplan");

    static FreshPostgresDatabase create() throws SQLException {
        FreshPostgresDatabase database = new FreshPostgresDatabase("inferplan_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        database.execute("CREATE DATABASE " + database.name);
        return database;
    }

    /** The test server's URL with this database's name in place of the test database's. */
    String url() {
        return SERVER_URL.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL at " + SERVER_URL + " (user " + USER + ") is not usable: " + e.getMessage()
                    + " This test needs the server of .ci/postgres.sh: run `sudo bash .ci/postgres.sh`.", e);
        }
    }

    /** Start-up arguments for an app on this database; fail fast when the server is gone (not Hikari's 30 s). */
    List<String> appArguments() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD, "--spring.datasource.hikari.connection-timeout=5000");
    }
}
