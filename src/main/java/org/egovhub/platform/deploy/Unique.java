package org.egovhub.platform.deploy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a list differ in one component, e.g. {@code @Unique("id") List<Channel> channels}.
 * A repeat is reported on its own entry and field, {@code channels[3].id: 'mz-marriage' is already
 * used by [0]}. Elements that are {@code null} or whose component is {@code null} are left to
 * their own constraints.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Unique.Check.class)
public @interface Unique {

    /** The record component whose values must differ, e.g. {@code "id"}. */
    String value();

    String message() default "must be unique";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Unique}. */
    class Check implements ConstraintValidator<Unique, List<?>> {

        private String component;

        @Override
        public void initialize(Unique unique) {
            component = unique.value();
        }

        @Override
        public boolean isValid(List<?> list, ConstraintValidatorContext context) {
            if (list == null) {
                return true;
            }
            Map<Object, Integer> seen = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < list.size(); i++) {
                Object key = list.get(i) == null ? null : value(list.get(i));
                if (key == null) {
                    continue;
                }
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate(escape("'" + key + "' is already used by [" + first + "]"))
                            .addPropertyNode(component).inIterable().atIndex(i).addConstraintViolation();
                }
            }
            return valid;
        }

        private Object value(Object element) {
            RecordComponent[] components = element.getClass().getRecordComponents();
            if (components != null) {
                for (RecordComponent candidate : components) {
                    if (candidate.getName().equals(component)) {
                        try {
                            return candidate.getAccessor().invoke(element);
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("Cannot read " + component + " of " + element.getClass(), e);
                        }
                    }
                }
            }
            throw new IllegalStateException("@Unique(\"" + component + "\"): " + element.getClass() + " is not a record with that component");
        }

        /** Keeps a value such as {@code ${x}} or {@code {id}} from being read as a message parameter or expression. */
        static String escape(String message) {
            return message.replaceAll("([\\\\{}$])", "\\\\$1");
        }
    }
}
