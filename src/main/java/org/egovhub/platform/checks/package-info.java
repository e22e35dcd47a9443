/**
 * Checks of the codes every capability meets: the unified social credit code (统一社会信用代码, GB
 * 32100) and the citizen ID number (公民身份号码, GB 11643), as plain functions and as Bean Validation
 * constraints.
 */
package org.egovhub.platform.checks;
