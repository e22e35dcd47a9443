/** The provenance journal of extranet records and the working-day calendar of the 双公示 publication limit. */
package org.egovhub.extranet.journal;
