/**
 * Extranet traffic: civil-affairs and 双公示 channels moving from their legacy lines to the
 * e-government extranet, with guaranteed, idempotent delivery, a per-channel migration mode and a
 * journal that never holds raw personal data.
 */
package org.egovhub.extranet;
