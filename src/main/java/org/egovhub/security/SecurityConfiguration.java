package org.egovhub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.egovhub.platform.availability.Availability;
import org.egovhub.platform.availability.DatabaseGate;

/**
 * Three doors: the APIs (HTTP Basic without a session, or the console's session with its CSRF
 * token for a change; 401 without credentials, never a redirect; roles by URL and method: GET needs
 * VIEWER, review decisions REVIEWER, other changes and /api/admin ADMIN, except that a VIEWER may
 * read the queues, routes and traces), the actuator (health and metrics public), and the console's
 * pages (session, form login, CSRF on every POST, the same roles by URL and method). Public feeds
 * need no login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

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

    /** The hub's one login check: the users' table and bcrypt, with verified logins remembered. */
    @Bean
    VerifiedLogins verifiedLogins(JdbcUserDetailsManager users, PasswordEncoder passwordEncoder, Clock clock) {
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(passwordEncoder);
        return new VerifiedLogins(verifier, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, Availability availability) throws Exception {
        AuthenticationEntryPoint entryPoint = ProblemResponses.unauthorized(json, "egov-hub", availability.retryAfter());
        // Roles are decided from the URL and method alone, before the body is read or an id looked
        // up: a VIEWER gets 403 for a change even to an id that does not exist.
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/ingest/**").hasRole(Roles.INGEST)
                        .requestMatchers(HttpMethod.GET, "/api/admin/queues", "/api/admin/queues/**", "/api/admin/routes",
                                "/api/admin/routes/**", "/api/admin/trace", "/api/admin/overview").hasRole(Roles.VIEWER)
                        .requestMatchers("/api/admin/**").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/repost/items/*/approve", "/api/repost/items/*/reject")
                                .hasRole(Roles.REVIEWER)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Roles.VIEWER)
                        .anyRequest().hasRole(Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                // Logins need the database: while it is down, 503 at once instead of 401 after 30 s.
                .addFilterBefore(DatabaseGate.refusing(availability, json), BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(ProblemResponses.forbidden(json)))
                // A console session may call the API too (its scripts read the same JSON); Basic
                // clients stay stateless: no session is made for them and none is needed.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // A change sent with a session's cookie needs the session's CSRF token; a request
                // carrying its own credentials (Basic) cannot be forged by another site and needs none.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::changeWithSession))
                .build();
    }

    private static boolean changeWithSession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null;
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
        // The console's pages by URL and method, like the API: reading needs VIEWER, the repost
        // review REVIEWER, the audit log, users and every other change ADMIN.
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/feeds/**", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                                .permitAll()
                        .requestMatchers("/logout").authenticated()
                        .requestMatchers("/admin/audit", "/admin/audit/**", "/admin/users", "/admin/users/**",
                                "/admin/queues/*/messages/*/download").hasRole(Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/admin/repost/items/*/approve", "/admin/repost/items/*/reject")
                                .hasRole(Roles.REVIEWER)
                        .requestMatchers(HttpMethod.GET, "/**").hasRole(Roles.VIEWER)
                        .anyRequest().hasRole(Roles.ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))))
                .build();
    }
}
