package org.egovhub.platform.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which credit codes the hub accepts although they fail a check (the known Fujian pilot codes,
 * the 个体工商户 placeholder), and what is only worth a warning. Handed to {@link CreditCodeValidator}
 * as Hibernate Validator's constraint validator payload.
 *
 * @param knownExceptions real codes that fail the position-18 check and are accepted with a warning
 */
public record CreditCodePolicy(Set<String> knownExceptions) {

    public CreditCodePolicy {
        knownExceptions = Set.copyOf(knownExceptions);
    }

    /** Whether the code may go on: it passes the hard checks, or is a known exception or the placeholder. */
    public boolean accepts(String code) {
        return CreditCodes.check(code) == CreditCodes.Result.VALID || knownExceptions.contains(code)
                || CreditCodes.PLACEHOLDER.equals(code);
    }

    /** Why an accepted code deserves a second look; empty for a plain valid code. */
    public List<String> warnings(String code) {
        List<String> warnings = new ArrayList<>();
        if (code == null) {
            return warnings;
        }
        if (CreditCodes.PLACEHOLDER.equals(code)) {
            warnings.add("个体工商户 placeholder (17 zeros + X)");
            return warnings;
        }
        if (knownExceptions.contains(code)) {
            warnings.add("known exception: check character fails, accepted by configuration");
        }
        if (CreditCodes.check(code) == CreditCodes.Result.VALID || knownExceptions.contains(code)) {
            if (!CreditCodes.knownKind(code)) {
                warnings.add("registration authority/kind " + code.substring(0, 2) + " not in the known list");
            }
            if (!CreditCodes.innerCheckPasses(code)) {
                warnings.add("organisation code check (position 17) fails");
            }
        }
        return warnings;
    }
}
