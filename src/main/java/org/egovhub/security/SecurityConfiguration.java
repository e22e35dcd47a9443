package org.egovhub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.egovhub.platform.availability.Availability;
import org.egovhub.platform.availability.DatabaseGate;

/**
 * Three doors: the APIs (stateless HTTP Basic, 401 without credentials, never a redirect; roles by
 * URL and method: GET needs VIEWER, review decisions REVIEWER, other changes and /api/admin ADMIN,
 * except that a VIEWER may read the queues), the
 * actuator (health and metrics public), and the admin pages (session, form login, CSRF on every
 * POST). Public feeds need no login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_REVIEWER
                ROLE_REVIEWER > ROLE_VIEWER
                ROLE_ADMIN > ROLE_INGEST
                """);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    JdbcUserDetailsManager userDetailsManager(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, Availability availability) throws Exception {
        AuthenticationEntryPoint entryPoint = ProblemResponses.unauthorized(json, "egov-hub");
        // Roles are decided from the URL and method alone, before the body is read or an id looked
        // up: a VIEWER gets 403 for a change even to an id that does not exist.
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/ingest/**").hasRole(Roles.INGEST)
                        .requestMatchers(HttpMethod.GET, "/api/admin/queues", "/api/admin/queues/**").hasRole(Roles.VIEWER)
                        .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/repost/items/*/approve", "/api/repost/items/*/reject")
                                .hasRole(Roles.REVIEWER)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Roles.VIEWER)
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                // Logins need the database: while it is down, 503 at once instead of 401 after 30 s.
                .addFilterBefore(DatabaseGate.refusing(availability, json), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(ProblemResponses.forbidden(json)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, Availability availability) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health", "prometheus")).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> { })
                // While the database (and with it every login) is down, health answers at once, as to anyone.
                .addFilterBefore(DatabaseGate.anonymous(availability), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/feeds/**", "/login", "/error", "/css/**", "/favicon.ico").permitAll()
                        .anyRequest().hasRole(Roles.VIEWER))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))))
                .build();
    }
}
