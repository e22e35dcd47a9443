package org.egovhub.platform.checks;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unified social credit code (GB 32100-2015): 18 characters of the 31-character alphabet with a
 * correct check character, or a code the {@link CreditCodePolicy} accepts. {@code null} is valid
 * (combine with {@code @NotBlank} when mandatory).
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CreditCodeValidator.class)
public @interface CreditCode {

    String message() default "not a valid unified social credit code (GB 32100-2015)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
