/**
 * Deployment files: the YAML files an office edits to deploy the hub ({@code config/sources.yml},
 * {@code config/channels.yml}, {@code config/departments.yml}, ...), read once at start onto
 * validated records.
 *
 * <p>{@link org.egovhub.platform.deploy.DeploymentFileReader} reads one file onto a record type
 * and needs nothing but a {@code jakarta.validation.Validator}, so tools outside the running hub
 * use it too. {@link org.egovhub.platform.deploy.DeploymentFiles} decides which file each
 * capability's {@link org.egovhub.platform.deploy.DeploymentFileSpec} names (the configured path,
 * the default path, or the built-in default packaged in the jar), and
 * {@link org.egovhub.platform.deploy.DeploymentFilesAtStart} reads them all before any bean of
 * the hub exists, so a bad file stops the start before the database or the broker is touched.
 * Every problem is one line: {@code <file>: <where>: <what is expected>}.
 */
package org.egovhub.platform.deploy;
