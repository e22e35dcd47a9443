package org.egovhub.platform.checks;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link CreditCode}; the allow-list comes from a {@link CreditCodePolicy} payload when one is configured. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

    private static final CreditCodePolicy STRICT = new CreditCodePolicy(Set.of());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        CreditCodePolicy policy = STRICT;
        if (context instanceof HibernateConstraintValidatorContext hibernate) {
            CreditCodePolicy configured = hibernate.getConstraintValidatorPayload(CreditCodePolicy.class);
            if (configured != null) {
                policy = configured;
            }
        }
        if (policy.accepts(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String reason = switch (CreditCodes.check(value)) {
            case WRONG_LENGTH -> "credit code must have 18 characters";
            case BAD_CHARACTER -> "credit code has a character outside 0-9 and A-Y without I, O, S, V, Z";
            default -> "credit code check character (position 18) is wrong";
        };
        context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
        return false;
    }
}
