package org.egovhub.sitehealth;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import org.egovhub.platform.deploy.DeploymentFileException;
import org.egovhub.platform.deploy.DeploymentFileReader;

/**
 * Reads a site file with the platform's deployment-file reader. Not declared as a deployment file
 * of the platform's: those fall back to a built-in default, and a site file has none on purpose.
 */
public final class SiteFiles {

    private SiteFiles() {
    }

    /**
     * Reads and validates {@code file}.
     *
     * @throws DeploymentFileException with one line naming the file, entry and field
     */
    public static SiteFile read(Path file) {
        return read(file, Validation.buildDefaultValidatorFactory().getValidator());
    }

    /** Reads {@code file} with the given validator (the hub's own). */
    public static SiteFile read(Path file, Validator validator) {
        return new DeploymentFileReader(validator).read(file, SiteFile.class);
    }
}
