package org.egovhub.reconcile.departments;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the departments file is, {@code hub.reconcile.departments-file}. <b>Interim:</b> replaced by
 * the platform's {@code ReconcileProperties} when it lands (same key).
 */
@ConfigurationProperties(prefix = "hub.reconcile")
public record DepartmentsFileProperties(@DefaultValue("config/departments.yml") Path departmentsFile) {
}
