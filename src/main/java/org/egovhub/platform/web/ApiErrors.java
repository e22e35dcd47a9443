package org.egovhub.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.availability.DependencyUnavailableException;
import org.egovhub.platform.privacy.Masking;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jms.JmsException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a REST controller into a problem detail that says why: Spring's own
 * (bad JSON, a failed bean validation, a wrong method or media type, a {@code ResponseStatusException})
 * with the parse problem or each field's rule, and the hub's own exceptions (unknown -> 404,
 * conflict (the last administrator, too) -> 409; the broker or the database unavailable, known
 * beforehand ({@code platform.availability}) or failing under the request -> 503 with {@code Retry-After}).
 * A bad field is named in {@code errors: [{field, rule}]}. Spring's exceptions outside {@code /api/}
 * (the pages) are left to the error page.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** Seconds a client should wait before asking again while the broker is away. */
    static final String RETRY_AFTER_SECONDS = "30";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException e) {
        log.warn("Broker unavailable for an API request: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "The message broker is unavailable: " + e.getMessage()));
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ResponseEntity<ProblemDetail> dependencyUnavailable(DependencyUnavailableException e) {
        return unavailable(e.getMessage(), String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
    }

    /** The broker failed under a request that started while it still answered. */
    @ExceptionHandler(JmsException.class)
    ResponseEntity<ProblemDetail> brokerFailed(JmsException e) {
        return unavailable("The message broker is unavailable: " + e.getMostSpecificCause().getMessage(), RETRY_AFTER_SECONDS);
    }

    /** The database failed under a request that started while it still answered. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseFailed(NestedRuntimeException e) {
        return unavailable("The database is unavailable: " + e.getMostSpecificCause().getMessage(), RETRY_AFTER_SECONDS);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String reason, String retryAfterSeconds) {
        log.warn("API request refused: {}", Masking.mask(reason));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, Masking.mask(reason)));
    }

    /**
     * Spring's own exceptions: a problem detail for the API; for the pages the same exception goes
     * on unchanged, so that Spring's resolvers give it the error page as before.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (!(request instanceof ServletWebRequest servlet)
                || !servlet.getRequest().getRequestURI().startsWith(servlet.getRequest().getContextPath() + "/api/")) {
            // Rethrowing the very exception makes Spring's ExceptionHandlerExceptionResolver step
            // aside (it returns "not handled" for it) and the next resolver handle it as it would have.
            throw ApiErrors.<RuntimeException>unchanged(e);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E unchanged(Exception e) throws E {
        throw (E) e;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        String rule = "must be " + (e.getRequiredType() == null ? "of another type" : typeName(e.getRequiredType()));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, name + ": '" + e.getValue() + "' " + rule);
        problem.setProperty("errors", List.of(fieldError(name, rule)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, unreadable(e));
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem.setProperty("errors", List.of(fieldError(path(mapping), rule(mapping))));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError field : e.getBindingResult().getFieldErrors()) {
            errors.add(fieldError(field.getField(), field.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(fieldError(g.getObjectName(), g.getDefaultMessage())));
        // The validator reports in no fixed order; by field, the answer is the same every time.
        errors.sort(java.util.Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("field")))
                .thenComparing(m -> String.valueOf(m.get("rule"))));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request: " + summary(errors));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(fieldError(name, error.getDefaultMessage()));
            }
        });
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request: " + summary(errors));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return path(invalid) + ": '" + invalid.getValue() + "' is not one of " + allowed(invalid.getTargetType());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return path(unknown) + ": unknown field; known fields are " + unknown.getKnownPropertyIds();
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return path(mismatch) + ": " + rule(mismatch);
        }
        if (cause instanceof JsonProcessingException json) {
            return "Request body is not valid JSON: " + json.getOriginalMessage() + at(json.getLocation());
        }
        return e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "Request body is missing" : "Request body cannot be read: " + e.getMostSpecificCause().getMessage();
    }

    private static String rule(JsonMappingException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            return "must be one of " + allowed(invalid.getTargetType());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + typeName(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + allowed(type);
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO 8601 " + (type == java.time.LocalDate.class ? "date such as 2026-11-27" : "date-time such as 2026-11-27T08:30:00+08:00");
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return type == String.class ? "a string" : "an object (" + type.getSimpleName() + ")";
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String summary(List<Map<String, Object>> errors) {
        return errors.stream().map(e -> e.get("field") + " " + e.get("rule")).collect(Collectors.joining("; "));
    }

    private static Map<String, Object> fieldError(String field, String rule) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("rule", rule);
        return error;
    }

    private static ProblemDetail problem(HttpStatus status, String reason) {
        return ProblemDetail.forStatusAndDetail(status, reason);
    }
}
