package org.egovhub.extranet.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A real calendar date written as departments export it: YYYY-MM-DD or YYYY/MM/DD ({@link RecordDates}); {@code null} is valid. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RecordDateValidator.class)
public @interface RecordDate {

    String message() default "not a date (YYYY-MM-DD or YYYY/MM/DD)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
