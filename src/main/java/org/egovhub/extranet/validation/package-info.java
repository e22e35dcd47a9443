/**
 * Checks of the codes carried by extranet records: the unified social credit code (GB 32100-2015)
 * and the citizen ID number (GB 11643-1999), as pure algorithms and as Hibernate Validator
 * constraints.
 */
package org.egovhub.extranet.validation;
