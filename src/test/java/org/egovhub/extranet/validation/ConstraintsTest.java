package org.egovhub.extranet.validation;

import org.egovhub.platform.checks.CitizenId;
import org.egovhub.platform.checks.CreditCode;
import org.egovhub.platform.checks.CreditCodePolicy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The constraints as Hibernate Validator applies them, with and without the configured allow-list. */
class ConstraintsTest {

    record Holder(@CreditCode String code, @CitizenId String id) {
    }

    static Validator validator(CreditCodePolicy policy) {
        return Validation.byProvider(HibernateValidator.class).configure().constraintValidatorPayload(policy)
                .buildValidatorFactory().getValidator();
    }

    @Test
    void shouldExplainWhyACodeIsRejected() {
        Set<ConstraintViolation<Holder>> violations =
                validator(new CreditCodePolicy(Set.of())).validate(new Holder("914403001922038217", "11010519491231002X"));
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .containsExactly("credit code check character (position 18) is wrong");
    }

    @Test
    void shouldAcceptAnAllowListedCodeAndALowerCaseX() {
        Validator validator = validator(new CreditCodePolicy(Set.of("91350100M0001TGQXM")));
        assertThat(validator.validate(new Holder("91350100M0001TGQXM", "11010519491231002x"))).isEmpty();
        assertThat(validator.validate(new Holder("91350203M0001FUE2P", null))).hasSize(1);
    }

    @Test
    void shouldRejectAFutureBirthDate() {
        assertThat(validator(new CreditCodePolicy(Set.of())).validate(new Holder(null, "110105209912310028")))
                .extracting(ConstraintViolation::getMessage).containsExactly("ID number birth date is in the future");
    }
}
