package org.egovhub.platform.checks;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A citizen ID number (GB 11643-1999): 17 digits and a correct check character, with a real birth
 * date that is not in the future. Give it normalised ({@link CitizenIds#normalise}); {@code null} is valid.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CitizenIdValidator.class)
public @interface CitizenId {

    String message() default "not a valid citizen ID number (GB 11643-1999)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
