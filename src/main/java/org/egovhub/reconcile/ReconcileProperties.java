package org.egovhub.reconcile;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reconciliation, under {@code hub.reconcile.}.
 *
 * @param departmentsFile the departments file, relative to the working directory; read at start by
 *     the platform ({@link DepartmentsFile}): when it is not set and nothing is at the default path,
 *     the built-in default is used; a file named here must exist
 */
@Validated
// Unknown keys directly below hub.reconcile are not refused here: the stages own sub-prefixes
// (hub.reconcile.import, .matching, .alerts, ...), each of which refuses its own unknown keys.
@ConfigurationProperties(prefix = "hub.reconcile")
public record ReconcileProperties(@NotNull @DefaultValue(DepartmentsFile.DEFAULT_PATH) Path departmentsFile) {
}
