package org.egovhub.reconcile.departments;

import java.util.List;

/**
 * One department whose cases are reconciled.
 *
 * @param code its key in files, reports, the API and URLs
 * @param name its name in reports and mail
 * @param aliases other names its rows may carry in 实施机构
 * @param creditCode its 统一社会信用代码, or {@code null}
 * @param head who receives its quarterly alert
 * @param email the head's address
 */
public record Department(String code, String name, List<String> aliases, String creditCode, String head, String email) {

    public Department {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
