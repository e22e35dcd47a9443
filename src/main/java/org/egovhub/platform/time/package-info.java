/** The hub's one injectable clock and one time zone (China Standard Time). */
package org.egovhub.platform.time;
