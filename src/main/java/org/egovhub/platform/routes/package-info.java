/**
 * The hub's Camel routes as administrators work with them, for the REST API and the console: each
 * with its state, exchanges and last error; stop and start, audited.
 */
package org.egovhub.platform.routes;
