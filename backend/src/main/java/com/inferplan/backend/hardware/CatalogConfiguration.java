package com.inferplan.backend.hardware;

import com.inferplan.catalog.HardwareCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates the built-in catalog at start-up: an invalid data file stops the app with its message. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    HardwareCatalog builtInHardwareCatalog() {
        return HardwareCatalog.builtIn();
    }
}
