package com.inferplan.backend.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where the data lives once the app is up: a relative H2 file path depends on the working
 * directory, and people need to know which file holds what they saved.
 */
@Component
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;

    public StartupReport(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void report() {
        String url = environment.getProperty("spring.datasource.url", "");
        // Only an H2 file lives in the data directory; a server database (PostgreSQL) is named by its URL alone.
        String where = url.startsWith("jdbc:h2:file:") ? " (data directory " + java.nio.file.Path.of(
                environment.getProperty("inferplan.data-dir", "./data")).toAbsolutePath().normalize() + ")" : "";
        LOG.info("InferPlan is ready at http://localhost:{}/ ; database {}{}",
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")), url, where);
    }
}
