package org.egovhub.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.egovhub.platform.privacy.Masking;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's 401 and 403 as problem details with the reason, like every other API error; the 401
 * keeps its {@code WWW-Authenticate: Basic} challenge. A login that failed because the users could
 * not be read (the database went away while the request waited for a connection, before the
 * availability probe saw it go) is not a wrong password: it answers 503 with {@code Retry-After}.
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json, String realm, Duration retryAfter) {
        return (request, response, e) -> {
            if (e instanceof InternalAuthenticationServiceException) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
                write(json, response, HttpStatus.SERVICE_UNAVAILABLE, "Logins are unavailable: the users cannot be read: "
                        + Masking.mask(String.valueOf(e.getMessage())));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic: " + e.getMessage());
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN,
                "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI());
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String reason) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
