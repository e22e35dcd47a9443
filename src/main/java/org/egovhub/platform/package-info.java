/**
 * Cross-cutting wiring every capability stands on: the hub's own settings, the embedded or
 * standalone Artemis broker, the data folder, configuration checks and the shared dead-letter
 * handling of Camel routes.
 */
package org.egovhub.platform;
