/**
 * Whether the broker and the database answer, known at every moment without waiting on them: a
 * background probe asks each once a second with a time limit ({@link Availability}); health shows
 * the answer ({@code broker}, {@code database} components) and the API refuses work that needs a
 * missing one with a 503 problem detail and {@code Retry-After} at once
 * ({@link DependencyUnavailableException}), instead of a request waiting on a pool or a
 * reconnect.
 */
package org.egovhub.platform.availability;
