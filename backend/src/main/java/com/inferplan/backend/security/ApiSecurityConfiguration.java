package com.inferplan.backend.security;

import com.inferplan.backend.web.RequestBodyLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The REST API's rules (deny by default): anyone signed in reads and computes; saving needs the
 * analyst role; users and the audit trail need admin. The same rules sit on the services
 * ({@code @PreAuthorize}), so no caller bypasses them. Stateless: every request carries HTTP Basic
 * credentials or a personal token, so no cookie can be ridden by another site (decision 0801).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    private static final String[] SAVED_RECORDS = {"/api/v1/scenarios", "/api/v1/scenarios/*", "/api/v1/cost-bases",
        "/api/v1/cost-bases/**", "/api/v1/hardware", "/api/v1/hardware/**", "/api/v1/models", "/api/v1/models/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, ProblemResponses problems)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi", "/api/v1/openapi/**").permitAll()
                        .requestMatchers("/api/v1/audit/**", "/api/v1/users/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/scenarios/results", "/api/v1/scenarios/report")
                        .hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.POST, SAVED_RECORDS).hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.PUT, SAVED_RECORDS).hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.DELETE, SAVED_RECORDS).hasRole(Role.ANALYST.name())
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // JSON is never a page: nothing in an answer may run, load or be framed.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp
                        .policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                // No session and no cookie authenticate an API call, so there is no CSRF token to check;
                // forged cross-site writes are refused by their fetch metadata instead.
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new RequestBodyLimit(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .build();
    }
}
