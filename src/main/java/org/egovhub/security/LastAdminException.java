package org.egovhub.security;

import org.egovhub.platform.ConflictException;

/** Refuses a change that would leave the hub without an enabled administrator (the API answers 409). */
public class LastAdminException extends ConflictException {

    public LastAdminException(String username) {
        super("User " + username + " is the last enabled administrator");
    }
}
