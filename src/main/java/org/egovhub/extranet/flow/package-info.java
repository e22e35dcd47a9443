/**
 * Extranet flow: the inbound stage (checks and path batches), the delivery stage (targets, retries,
 * dead letters), the messages between them and the drop folder reader.
 */
package org.egovhub.extranet.flow;
