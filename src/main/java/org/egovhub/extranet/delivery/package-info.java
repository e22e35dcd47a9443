/** Idempotent delivery of records to the targets of a path: HTTP endpoints, remote Artemis queues and exchange tables. */
package org.egovhub.extranet.delivery;
