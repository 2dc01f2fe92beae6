package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UserAddCommandTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8), environment).run(args);
    }

    @Test
    void createsTheFirstAdminWithAHashedPasswordInANewDataDirectoryAndAuditsIt() throws Exception {
        int code = run(Map.of("INFERPLAN_PASSWORD", "first-admin-pw"), "user", "add", "--name", "root",
                "--role", "admin", "--data-dir", dataDir.toString());
        assertThat(code).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("created admin 'root'");
        assertThat(Files.exists(dataDir.resolve("inferplan.mv.db"))).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/inferplan", "sa", "");
             ResultSet user = c.createStatement().executeQuery("select role, password_hash from app_user"
                     + " where username = 'root'");
             ResultSet audit = c.createStatement().executeQuery("select actor, action, entity_id from audit_event")) {
            assertThat(user.next()).isTrue();
            assertThat(user.getString(1)).isEqualTo("admin");
            assertThat(user.getString(2)).doesNotContain("first-admin-pw");
            assertThat(new BCryptPasswordEncoder().matches("first-admin-pw", user.getString(2))).isTrue();
            assertThat(audit.next()).isTrue();
            assertThat(audit.getString(1) + " " + audit.getString(2) + " " + audit.getString(3))
                    .isEqualTo("cli create root");
        }
    }

    @Test
    void anExistingUserIsLeftAloneAndABadRoleOrMissingPasswordIsAUsageAnswer() {
        Map<String, String> env = Map.of("INFERPLAN_PASSWORD", "first-admin-pw");
        String dir = dataDir.toString();
        assertThat(run(env, "user", "add", "--name", "root", "--role", "admin", "--data-dir", dir)).isEqualTo(0);
        assertThat(run(env, "user", "add", "--name", "root", "--role", "viewer", "--data-dir", dir)).isEqualTo(1);
        assertThat(out.toString()).contains("already exists; nothing changed");
        assertThat(run(env, "user", "add", "--name", "x", "--role", "owner", "--data-dir", dir)).isEqualTo(1);
        assertThat(err.toString()).contains("--role").contains("viewer, analyst, admin");
        // Tests run without a terminal, so there is no prompt to fall back on.
        assertThat(run(Map.of(), "user", "add", "--name", "y", "--role", "viewer", "--data-dir", dir)).isEqualTo(2);
        assertThat(err.toString()).contains("INFERPLAN_PASSWORD");
    }
}
