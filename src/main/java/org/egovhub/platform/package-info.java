/**
 * Cross-cutting wiring every capability stands on: the hub's own settings, the embedded broker
 * (login required, roles for outside clients) or a standalone one, the data folder, configuration
 * checks (including the secrets the prod profile requires) and the shared dead-letter handling of
 * Camel routes.
 */
package org.egovhub.platform;
