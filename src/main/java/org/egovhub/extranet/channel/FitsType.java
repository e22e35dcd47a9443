package org.egovhub.extranet.channel;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * A {@link Target}'s url fits its type (an http(s) URL, a broker URL, a JDBC URL), and a queue
 * target names its queue, a table target its table. Each problem is reported on its own field.
 */
@java.lang.annotation.Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FitsType.Check.class)
public @interface FitsType {

    String message() default "does not fit its type";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link FitsType}. */
    class Check implements ConstraintValidator<FitsType, Target> {

        @Override
        public boolean isValid(Target target, ConstraintValidatorContext context) {
            if (target == null || target.type() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            String url = target.url();
            if (url != null && !url.isBlank() && !urlFits(target.type(), url)) {
                valid = problem(context, "url", switch (target.type()) {
                    case HTTP -> "must be an http(s) URL";
                    case QUEUE -> "must be a broker URL such as tcp://127.0.0.1:61616 for a queue target";
                    case TABLE -> "must be a JDBC URL (jdbc:...) for a table target";
                });
            }
            if (target.type() == Target.Type.QUEUE && blank(target.queue())) {
                valid = problem(context, "queue", "must not be blank for a queue target");
            }
            if (target.type() == Target.Type.TABLE && blank(target.table())) {
                valid = problem(context, "table", "must not be blank for a table target");
            }
            return valid;
        }

        private static boolean urlFits(Target.Type type, String url) {
            return switch (type) {
                case HTTP -> url.matches("https?://\\S+");
                case QUEUE -> url.matches("(tcp|ssl)://.+|\\(.+");
                case TABLE -> url.startsWith("jdbc:");
            };
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        private static boolean problem(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
