/**
 * Upstream reposting, the capability's wiring: settings, metrics, the REST API and the dead-letter
 * ledger hook. The stages live in subpackages: {@code source} (what to poll), {@code fetch},
 * {@code extract}, {@code ledger} (deduplication and the confidentiality review) and
 * {@code publish}.
 */
package org.egovhub.repost;
