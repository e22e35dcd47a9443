/** The hub's one injectable clock and one time zone (Asia/Shanghai). */
package org.egovhub.platform.time;
