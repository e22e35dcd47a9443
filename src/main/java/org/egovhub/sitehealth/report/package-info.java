/** The reports of a site-health run: {@code report.json}, {@code report.xlsx} and {@code report.html} (in Chinese). */
package org.egovhub.sitehealth.report;
