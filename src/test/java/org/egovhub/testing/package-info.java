/**
 * The test harness every capability uses: the hub on an embedded broker and database in a
 * temporary folder ({@link org.egovhub.testing.HubTest}), a fresh PostgreSQL database
 * ({@link org.egovhub.testing.PostgresDatabase}), the standalone Artemis distribution
 * ({@link org.egovhub.testing.StandaloneArtemis}) and its command-line client
 * ({@link org.egovhub.testing.ArtemisCli}), and an HTTP server for recorded pages
 * ({@link org.egovhub.testing.FixtureServer}). Mail: GreenMail's own JUnit extension.
 */
package org.egovhub.testing;
