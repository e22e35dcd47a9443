package org.egovhub.platform;

import java.util.List;

/** Secrets the {@code prod} profile needs and the environment does not set. */
public class MissingSecretsException extends RuntimeException {

    private final List<String> variables;

    public MissingSecretsException(List<String> variables) {
        super("Missing production secrets " + String.join(", ", variables));
        this.variables = List.copyOf(variables);
    }

    /** The names of the unset variables, in the order the hub reads them. */
    public List<String> variables() {
        return variables;
    }
}
