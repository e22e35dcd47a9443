/**
 * The stage kit: the one way a stage of any flow is built. A stage bean takes a typed body and
 * answers a {@link org.egovhub.platform.stage.StageResult} (what to send where, what to dead-letter
 * and why, what to retry when); the platform's send step ({@code stageSender}) sends it in the
 * consumed message's own JMS transaction; the shared {@code hub-errors} route configuration
 * dead-letters what no stage could handle; {@link org.egovhub.platform.stage.Backoff} and
 * {@link org.egovhub.platform.stage.Outages} are the one retry policy and the one outage breaker.
 * docs/architecture.md is the recipe.
 */
package org.egovhub.platform.stage;
