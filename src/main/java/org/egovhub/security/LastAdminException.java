package org.egovhub.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Refuses a change that would leave the hub without an enabled administrator. */
@ResponseStatus(HttpStatus.CONFLICT)
public class LastAdminException extends RuntimeException {

    public LastAdminException(String username) {
        super("User " + username + " is the last enabled administrator");
    }
}
