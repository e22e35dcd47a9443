package org.egovhub.extranet.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RecordDate}. */
public class RecordDateValidator implements ConstraintValidator<RecordDate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || RecordDates.parse(value).isPresent();
    }
}
