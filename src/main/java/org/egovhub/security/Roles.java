package org.egovhub.security;

import java.util.List;

/** The hub's roles. ADMIN includes REVIEWER, which includes VIEWER; INGEST stands apart. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String REVIEWER = "REVIEWER";
    public static final String VIEWER = "VIEWER";
    public static final String INGEST = "INGEST";

    public static final List<String> ALL = List.of(ADMIN, REVIEWER, VIEWER, INGEST);

    private Roles() {
    }
}
