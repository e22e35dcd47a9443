package org.egovhub.platform.availability;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Goes before authentication in a security chain: the users are in the database, and while it is
 * down every login waited for a pooled connection (30 s) before it failed with 401. Two kinds:
 * {@link #refusing} answers an API request 503 with a problem detail and {@code Retry-After} at
 * once; {@link #anonymous} lets a request (health) go on without its credentials, so that it is
 * answered at once, without the details only a login would show.
 */
public final class DatabaseGate extends OncePerRequestFilter {

    private final Availability availability;
    private final ObjectMapper json;

    private DatabaseGate(Availability availability, ObjectMapper json) {
        this.availability = availability;
        this.json = json;
    }

    public static DatabaseGate refusing(Availability availability, ObjectMapper json) {
        return new DatabaseGate(availability, json);
    }

    public static DatabaseGate anonymous(Availability availability) {
        return new DatabaseGate(availability, null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Availability.State database = availability.state(Availability.DATABASE);
        if (database.up()) {
            chain.doFilter(request, response);
        } else if (json == null) {
            chain.doFilter(withoutCredentials(request), response);
        } else {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is unavailable since " + database.since() + ": " + database.detail());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, availability.retryAfter().toSeconds())));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        }
    }

    private static HttpServletRequest withoutCredentials(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }
        };
    }
}
