package com.inferplan.backend.pricing;

import com.inferplan.pricing.catalog.PricingCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and checks the built-in pricing data at start-up: invalid data stops the app with its message. */
@Configuration(proxyBeanMethods = false)
public class PricingConfiguration {

    @Bean
    PricingCatalog builtInPricingCatalog() {
        return PricingCatalog.builtIn();
    }
}
