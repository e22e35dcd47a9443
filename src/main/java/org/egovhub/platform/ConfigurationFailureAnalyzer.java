package org.egovhub.platform;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.egovhub.platform.deploy.DeploymentFileException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a bad {@code hub.} setting into one line that names the key, the value and what is
 * expected, ahead of Spring Boot's longer default report. Secret-looking values are masked. A bad
 * deployment file is reported by its own one line ({@link DeploymentFileException}).
 */
public class ConfigurationFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|credential|hmac|key$).*");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        DeploymentFileException file = find(failure, DeploymentFileException.class);
        if (file != null) {
            return analysis(file.getMessage(), "Correct the file (formats: README, Configuration), or name another one with its setting.");
        }
        UnknownHubKeyException unknown = find(failure, UnknownHubKeyException.class);
        if (unknown != null) {
            return analysis("Invalid configuration: " + unknown.key() + " = " + shown(unknown.key(), unknown.value())
                    + ": unknown key", "Use one of: " + unknown.known());
        }
        BindException bind = find(failure, BindException.class);
        if (bind == null) {
            return null;
        }
        return analysis(describe(bind), "Correct the setting in application.yml, the config files or the environment.");
    }

    static String describe(BindException bind) {
        BindValidationException validation = find(bind, BindValidationException.class);
        if (validation != null) {
            return validation.getValidationErrors().getAllErrors().stream()
                    .map(error -> describe(bind.getName().toString(), error))
                    .collect(Collectors.joining("; "));
        }
        UnboundConfigurationPropertiesException unbound = find(bind, UnboundConfigurationPropertiesException.class);
        if (unbound != null) {
            return unbound.getUnboundProperties().stream()
                    .map(p -> "Invalid configuration: " + p.getName() + " = " + shown(p.getName().toString(), p.getValue())
                            + ": unknown key")
                    .collect(Collectors.joining("; "));
        }
        ConfigurationProperty property = bind.getProperty();
        String key = property != null ? property.getName().toString() : bind.getName().toString();
        Object value = property != null ? property.getValue() : null;
        Throwable root = rootCause(bind);
        return "Invalid configuration: " + key + " = " + shown(key, value) + ": " + root.getMessage();
    }

    private static String describe(String prefix, ObjectError error) {
        if (error instanceof FieldError field) {
            String key = prefix + "." + kebab(field.getField());
            return "Invalid configuration: " + key + " = " + shown(key, field.getRejectedValue()) + ": "
                    + error.getDefaultMessage();
        }
        return "Invalid configuration: " + prefix + ": " + error.getDefaultMessage();
    }

    private static String kebab(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    static String shown(String key, Object value) {
        if (value == null) {
            return "(empty)";
        }
        return SECRET.matcher(key).matches() ? "******" : "'" + value + "'";
    }

    private static FailureAnalysis analysis(String description, String action) {
        return new FailureAnalysis(description, action, null);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
