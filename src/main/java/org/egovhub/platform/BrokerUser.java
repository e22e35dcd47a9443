package org.egovhub.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A login for an outside client of the embedded broker, one entry of {@code hub.broker.users}:
 *
 * <pre>
 * hub.broker.users:
 *   - {name: grafana, password: ${HUB_BROKER_GRAFANA_PASSWORD}, role: monitor}
 *   - {name: mz-marriage, password: ${HUB_BROKER_MZ_PASSWORD}, role: producer}
 * </pre>
 *
 * @param name the login; {@code hub} is the hub's own user and cannot be given out
 * @param password at least 12 characters; write it as {@code ${ENV_VAR}}, never in a file
 * @param role what the login may do
 */
public record BrokerUser(
        @NotBlank @Pattern(regexp = "(?!hub$)[a-z][a-z0-9-]{0,63}",
                message = "lower-case letters, digits and dashes, starting with a letter; 'hub' is the hub's own user")
        String name,
        @NotBlank @Size(min = 12, message = "at least 12 characters") String password,
        @NotNull Role role) {

    /** What an outside login may do on the embedded broker. */
    public enum Role {
        /** Monitoring tools: browse every queue and read (never change) queue and broker statistics. */
        MONITOR,
        /** A business system: send to the channels' inbound queues {@code extranet.<channel>.in}, nothing else. */
        PRODUCER;

        /** The role's name on the broker. */
        public String brokerRole() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return name + " (" + (role == null ? "no role" : role.brokerRole()) + ")";
    }

    /** Each login name at most once in a list: with two, it would be left to chance which password counts. */
    @Target({ElementType.FIELD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NamedOnceValidator.class)
    public @interface NamedOnce {

        String message() default "each name may appear only once";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link NamedOnce}. */
    public static class NamedOnceValidator implements ConstraintValidator<NamedOnce, List<BrokerUser>> {

        @Override
        public boolean isValid(List<BrokerUser> users, ConstraintValidatorContext context) {
            Set<String> names = new HashSet<>();
            return users == null || users.stream().allMatch(user -> user.name() == null || names.add(user.name()));
        }
    }
}
