package com.inferplan.ui.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The web app's sign-in, as Vaadin documents it: form login on the login view, views open by their
 * access annotations (deny by default), Vaadin's CSRF protection on every UI request. The REST API
 * has its own chain (backend's ApiSecurityConfiguration), ordered before this one.
 */
@Configuration(proxyBeanMethods = false)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class ViewSecurityConfiguration {

    /**
     * Only this server's own scripts, styles, images and push connection (decision 0813). Vaadin's
     * bootstrap page carries inline scripts and Lumo inline styles, hence 'unsafe-inline', and Flow runs
     * the server's {@code executeJs} calls through {@code new Function}, hence 'unsafe-eval'; nothing
     * may frame the app, and no plug-in or foreign form target is allowed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain viewSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules
                .requestMatchers("/styles/**", "/icons/**", "/favicon.ico", "/webjars/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
