package org.egovhub.platform.checks;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;

/** Checks {@link CitizenId} against today's date in China. */
public class CitizenIdValidator implements ConstraintValidator<CitizenId, String> {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        CitizenIds.Result result = CitizenIds.check(CitizenIds.normalise(value), LocalDate.now(SHANGHAI));
        if (result == CitizenIds.Result.VALID) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        String reason = switch (result) {
            case WRONG_FORMAT -> "ID number must be 17 digits and a digit or X";
            case IMPOSSIBLE_BIRTH_DATE -> "ID number birth date is not a real date";
            case FUTURE_BIRTH_DATE -> "ID number birth date is in the future";
            default -> "ID number check character is wrong";
        };
        context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
        return false;
    }
}
