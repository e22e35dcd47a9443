package org.egovhub.platform.checks;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.egovhub.platform.time.HubTime;

/** Checks {@link CitizenId} against today's date in China, by the validator's clock (the hub's clock where the hub builds the validator). */
public class CitizenIdValidator implements ConstraintValidator<CitizenId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        CitizenIds.Result result = CitizenIds.check(CitizenIds.normalise(value), LocalDate.now(context.getClockProvider().getClock().withZone(HubTime.zone())));
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
