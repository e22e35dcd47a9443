/** The repost ledger: every item and version seen, deduplication, the confidentiality-review gate and the yearly statistics. */
package org.egovhub.repost.ledger;
