package com.inferplan.backend.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin: from start-up properties ({@code inferplan.admin.name} and
 * {@code inferplan.admin.password}, the latter best from the environment variable
 * INFERPLAN_ADMIN_PASSWORD), or from the CLI. Nothing ships with a default password; with no user
 * at all, start-up says how to create one (and so does the login page).
 */
@Component
public class FirstAdmin implements ApplicationRunner {

    public static final String HOW_TO = "No user can sign in yet. Create the first admin: stop the app and run "
            + "'java -jar inferplan.jar user add --name NAME --role admin' (password from the prompt or "
            + "INFERPLAN_PASSWORD), or start the app with --inferplan.admin.name=NAME and the password in "
            + "INFERPLAN_ADMIN_PASSWORD.";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccountService users;
    private final String name;
    private final String password;

    public FirstAdmin(UserAccountService users, @Value("${inferplan.admin.name:}") String name,
                      @Value("${inferplan.admin.password:}") String password) {
        this.users = users;
        this.name = name;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!name.isBlank()) {
            if (password.isBlank()) {
                LOG.warn("inferplan.admin.name is set but no password: set INFERPLAN_ADMIN_PASSWORD");
            } else if (users.ensure(name.trim(), Role.ADMIN, password, "start-up")) {
                LOG.info("Created admin '{}' from start-up properties", name.trim());
            }
        }
        if (!users.anyUser()) {
            LOG.warn(HOW_TO);
        }
    }
}
