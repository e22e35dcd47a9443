package org.egovhub.reconcile.departments;

import jakarta.validation.Validation;
import java.nio.file.Path;
import org.egovhub.platform.deploy.DeploymentFileReader;
import org.egovhub.reconcile.DepartmentsFile;

/**
 * Turns the departments file ({@link DepartmentsFile}, read and checked by the platform's one
 * deployment-file reader) into the {@link Departments} reconciliation looks rows up in. The hub gets
 * the file from the platform at start; the command-line mode reads the file it is given.
 */
public final class DepartmentsSource {

    private DepartmentsSource() {
    }

    /** The departments of a file already read. */
    public static Departments of(DepartmentsFile file) {
        return new Departments(
                file.departments().stream().map(d -> new Department(d.code(), d.name(), d.aliases(), d.creditCode(), d.head(), d.email()))
                        .toList(),
                file.leaders().stream().map(l -> new Leader(l.name(), l.email())).toList());
    }

    /**
     * Reads a departments file outside the hub (the command-line mode); a mistake throws a
     * {@link org.egovhub.platform.deploy.DeploymentFileException} naming the file, the entry and the field.
     */
    public static Departments load(Path file) {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            return of(new DeploymentFileReader(factory.getValidator()).read(file, DepartmentsFile.class));
        }
    }
}
