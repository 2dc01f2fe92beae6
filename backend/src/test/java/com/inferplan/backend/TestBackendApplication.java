package com.inferplan.backend;

import com.inferplan.backend.security.Role;
import com.inferplan.backend.security.UserAccountService;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The backend's beans with a real in-memory H2 database migrated by Flyway, and real users: an
 * admin from the start-up properties, analysts (ana, ben, bo) and a viewer. API tests call as the analyst unless
 * they send their own Authorization header.
 */
@SpringBootApplication(scanBasePackages = "com.inferplan")
public class TestBackendApplication {

    public static final String ANALYST = "ana";
    public static final String VIEWER = "vic";
    public static final String PASSWORD = "test-user-password";

    @Bean
    ApplicationRunner testUsers(UserAccountService users) {
        return args -> {
            for (String analyst : new String[] {ANALYST, "ben", "bo"}) {
                users.ensure(analyst, Role.ANALYST, PASSWORD, "test");
            }
            users.ensure(VIEWER, Role.VIEWER, PASSWORD, "test");
        };
    }

    @Bean
    MockMvcBuilderCustomizer signedInAsAnalyst() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
                .header(HttpHeaders.AUTHORIZATION, basic(ANALYST, PASSWORD)));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
