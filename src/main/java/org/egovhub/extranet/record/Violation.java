package org.egovhub.extranet.record;

/**
 * Why a record was refused.
 *
 * @param field the record's field, by its Chinese name
 * @param value the offending value, masked (ID and phone numbers never appear in full)
 * @param rule what the value breaks
 */
public record Violation(String field, String value, String rule) {
}
