/**
 * How the hub's HTTP APIs answer errors: always {@code application/problem+json} (RFC 9457) with
 * the reason in words, and for a bad field its name and the rule it broke.
 */
package org.egovhub.platform.web;
