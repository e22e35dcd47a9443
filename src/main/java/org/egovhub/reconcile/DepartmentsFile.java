package org.egovhub.reconcile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.egovhub.platform.checks.CreditCode;
import org.egovhub.platform.deploy.DeploymentFileSpec;
import org.egovhub.platform.deploy.Unique;

/**
 * The file {@code departments.yml}: the departments whose online approval records are reconciled
 * and who hears of it. Read at start by the platform's deployment-file reader; a mistake stops the
 * start with one line naming the file, the entry and the field, e.g.
 * {@code config/departments.yml: departments[1].email: must be a well-formed email address}.
 *
 * <pre>{@code
 * departments:
 *   - code: D1
 *     name: 区市场监督管理局
 *     aliases: [雁峰区市场监督管理局]
 *     credit-code: 11430406MB1234567B
 *     head: 市场监管局局长
 *     email: d1-head@example.gov.cn
 * leaders:
 *   - name: 区长
 *     email: mayor@example.gov.cn
 * }</pre>
 *
 * @param departments the departments, in file order; codes are unique
 * @param leaders who receive the district-wide report; none when the key is left out
 */
public record DepartmentsFile(
        @NotNull @Unique("code") List<@NotNull @Valid Department> departments,
        List<@NotNull @Valid Leader> leaders) {

    /** The setting that names the file. */
    public static final String KEY = "hub.reconcile.departments-file";

    /** Where the file is when the setting is not given (relative to the working directory). */
    public static final String DEFAULT_PATH = "config/departments.yml";

    public DepartmentsFile {
        leaders = leaders == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(leaders));
    }

    /**
     * One department.
     *
     * @param code its key in files, reports, the API and URLs: any non-blank text, unique in the file
     * @param name its name as reports and mail show it
     * @param aliases other names it goes by in imported data (e.g. its full name); none when left out
     * @param creditCode its 统一社会信用代码 (GB 32100), checked when given; optional
     * @param head who heads it and receives its alerts
     * @param email the head's address
     */
    public record Department(
            @NotBlank String code,
            @NotBlank String name,
            List<@NotBlank String> aliases,
            @CreditCode String creditCode,
            @NotBlank String head,
            @NotBlank @Email String email) {

        public Department {
            aliases = aliases == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(aliases));
        }
    }

    /**
     * A district leader who receives the report on every department.
     *
     * @param name how the report addresses them (e.g. 区长)
     * @param email their address
     */
    public record Leader(@NotBlank String name, @NotBlank @Email String email) {
    }

    /** Declares {@code departments.yml} to the platform (listed in {@code META-INF/spring.factories}). */
    public static final class Spec implements DeploymentFileSpec<DepartmentsFile> {

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public String defaultPath() {
            return DEFAULT_PATH;
        }

        @Override
        public Class<DepartmentsFile> type() {
            return DepartmentsFile.class;
        }
    }
}
