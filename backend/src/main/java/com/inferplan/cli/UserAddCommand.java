package com.inferplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.audit.AuditService;
import com.inferplan.backend.security.Role;
import com.inferplan.backend.security.UserAccountService;
import com.inferplan.db.audit.AuditRepository;
import com.inferplan.db.support.JooqSettings;
import com.inferplan.db.support.Migrations;
import com.inferplan.db.user.UserRepository;
import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code user add --name NAME --role viewer|analyst|admin}: creates a user in the app's database
 * (the same data directory or JDBC URL the app uses; migrated first, so it works on a new one). The
 * password comes from INFERPLAN_PASSWORD or, in a terminal, from a prompt; never from a flag, which
 * would leave it in the shell history. Stop the app first on an H2 file: H2 locks its file.
 */
final class UserAddCommand implements Command {

    private static final Set<String> FLAGS = Set.of("name", "role", "data-dir", "jdbc-url", "jdbc-user",
            "jdbc-password");

    private final Map<String, String> environment;

    UserAddCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "user add";
    }

    @Override
    public String usage() {
        return "user add --name NAME --role viewer|analyst|admin [--data-dir DIR | --jdbc-url URL"
                + " [--jdbc-user U --jdbc-password P]]   (password: INFERPLAN_PASSWORD or prompt)";
    }

    @Override
    public int run(Arguments args, PrintStream out) {
        args.allowOnly(FLAGS);
        String name = args.require("name");
        Role role = Role.parse("--role", args.require("role"));
        String password = password();
        String url = args.text("jdbc-url").or(() -> env("SPRING_DATASOURCE_URL"))
                .orElseGet(() -> "jdbc:h2:file:" + Path.of(args.text("data-dir").or(() -> env("INFERPLAN_DATA_DIR"))
                        .orElse("./data")).toAbsolutePath().normalize() + "/inferplan;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        String user = args.text("jdbc-user").or(() -> env("SPRING_DATASOURCE_USERNAME")).orElse("sa");
        String jdbcPassword = args.text("jdbc-password").or(() -> env("SPRING_DATASOURCE_PASSWORD")).orElse("");
        Flyway.configure().dataSource(url, user, jdbcPassword).locations(Migrations.locations(url))
                .failOnMissingLocations(false).load().migrate();
        try (CloseableDSLContext dsl = DSL.using(url, user, jdbcPassword)) {
            dsl.configuration().set(JooqSettings.settings());
            UserAccountService users = new UserAccountService(new UserRepository(dsl), new BCryptPasswordEncoder(),
                    new AuditService(new AuditRepository(dsl), new ObjectMapper().findAndRegisterModules()));
            if (!users.ensure(name, role, password, "cli")) {
                out.println("user '" + name + "' already exists; nothing changed");
                return 1;
            }
        }
        out.println("created " + role.id() + " '" + name + "' in " + url);
        return 0;
    }

    private java.util.Optional<String> env(String name) {
        return java.util.Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    private String password() {
        java.util.Optional<String> fromEnvironment = env("INFERPLAN_PASSWORD");
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get();
        }
        Console console = System.console();
        if (console == null) {
            throw new UsageException("no password: set INFERPLAN_PASSWORD or run in a terminal to be asked");
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Repeat: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new UsageException("the two passwords differ");
        }
        return new String(first);
    }
}
