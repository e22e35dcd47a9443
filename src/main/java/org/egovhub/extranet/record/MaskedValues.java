package org.egovhub.extranet.record;

import java.util.Set;
import org.egovhub.platform.privacy.Masking;

/** Values of a record as they may be shown: ID fields always masked, other text with ID and phone numbers masked. */
public final class MaskedValues {

    private static final Set<String> ID_FIELDS = Set.of("公民身份号码", "证件号码", "法定代表人证件号码");
    private static final int MAX_LENGTH = 100;

    private MaskedValues() {
    }

    /** The value of a field, masked and shortened for display. */
    public static String of(String field, String value) {
        if (value == null) {
            return null;
        }
        String masked = ID_FIELDS.contains(field) ? Masking.maskIdNumber(value.trim()) : Masking.mask(value);
        return masked.length() > MAX_LENGTH ? masked.substring(0, MAX_LENGTH) + "…" : masked;
    }
}
