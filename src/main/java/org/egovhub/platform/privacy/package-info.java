/** Keeps citizen ID numbers and phone numbers out of logs, metrics, headers and pages. */
package org.egovhub.platform.privacy;
