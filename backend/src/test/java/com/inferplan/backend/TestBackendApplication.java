package com.inferplan.backend;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend's beans with a real in-memory H2 database migrated by Flyway. */
@SpringBootApplication(scanBasePackages = "com.inferplan")
public class TestBackendApplication {
}
