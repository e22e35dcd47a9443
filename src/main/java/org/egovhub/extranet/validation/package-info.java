/**
 * Checks of the dates carried by extranet records (decision dates of 双公示 records), as a pure
 * function and as a Hibernate Validator constraint.
 */
package org.egovhub.extranet.validation;
