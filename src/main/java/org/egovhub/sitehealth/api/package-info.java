/** {@code /api/site}: the runs of site health, their findings and reports, and a run now (ADMIN). */
package org.egovhub.sitehealth.api;
