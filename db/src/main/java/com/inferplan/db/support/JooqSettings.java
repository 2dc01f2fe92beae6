package com.inferplan.db.support;

import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Generated names are lower case; quoting them would make H2 look for lower-case tables that
 * Flyway created upper case. Unquoted rendering works on H2 and PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
public class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    /** The same settings for code that opens the database without Spring (the CLI). */
    public static Settings settings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }
}
