/**
 * Upstream reposting: polls the central and provincial portals configured in
 * {@code config/sources.yml}, extracts each item, deduplicates it against the repost ledger,
 * holds what needs the confidentiality review and publishes the rest to the district columns.
 */
package org.egovhub.repost;
