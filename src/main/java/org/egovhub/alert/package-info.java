/**
 * The hub's one alert channel: any capability hands an {@link org.egovhub.alert.Alert} to
 * {@link org.egovhub.alert.Alerts}; it travels durably through the {@code alert.mail} queue and is
 * mailed to its recipients, with redelivery and a dead-letter queue when the mail server fails.
 */
package org.egovhub.alert;
