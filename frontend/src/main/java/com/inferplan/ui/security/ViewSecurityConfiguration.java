package com.inferplan.ui.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web app's sign-in, as Vaadin documents it: form login on the login view, views open by their
 * access annotations (deny by default), Vaadin's CSRF protection on every UI request. The REST API
 * has its own chain (backend's ApiSecurityConfiguration), ordered before this one.
 */
@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class ViewSecurityConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain viewSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                .requestMatchers("/styles/**", "/icons/**", "/favicon.ico", "/webjars/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
