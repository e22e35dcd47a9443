package org.egovhub.repost.source;

import jakarta.validation.Validation;
import org.egovhub.platform.deploy.DeploymentFileReader;
import org.egovhub.repost.RepostProperties;

/** A source catalog built from a test's own sources file, for tests outside this package. */
public final class TestSources {

    private TestSources() {
    }

    /** The catalog of the sources file {@code properties} names, read and validated as at start. */
    public static SourceCatalog catalog(RepostProperties properties) {
        DeploymentFileReader reader = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());
        return new SourceCatalog(reader.read(properties.sourcesFile(), SourcesFile.class));
    }
}
