package org.egovhub.reconcile.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.egovhub.platform.privacy.Masking;

/**
 * How applicants are kept: a hash to match on and a masked form to show; the name itself is never
 * stored, logged or shown.
 *
 * <pre>
 * Applicants.mask("张三")                 = "张*"
 * Applicants.mask("欧阳娜娜")             = "欧***"
 * Applicants.mask("11010519491231002X")  = "110105********002X"
 * Applicants.mask("衡阳市雁峰区某某商贸有限公司") = unchanged (an organisation, not a person)
 * </pre>
 */
public final class Applicants {

    /** Personal names: at most four characters without digits (longer names are organisations). */
    private static final Pattern PERSON = Pattern.compile("[^\\d]{1,4}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dX]|\\d{15}");

    private Applicants() {
    }

    /** The applicant as compared: full-width forms folded (NFKC), blanks removed, upper case. */
    static String normalize(String applicant) {
        return compact(applicant).toUpperCase(Locale.ROOT);
    }

    /** NFKC (full-width forms folded) without blanks; the common already-clean text costs one pass and no copy. */
    static String compact(String text) {
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isWhitespace(folded.charAt(i)) || Character.isSpaceChar(folded.charAt(i))) {
                StringBuilder out = new StringBuilder(folded.length());
                for (int j = 0; j < folded.length(); j++) {
                    char c = folded.charAt(j);
                    if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                        out.append(c);
                    }
                }
                return out.toString();
            }
        }
        return folded;
    }

    /** SHA-256 of the normalised applicant, first 128 bits in hex. */
    static String key(String applicant) {
        return hash(normalize(applicant));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    static String hash(String text) {
        byte[] digest = SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 16);
    }

    /** The applicant as shown in reports, lists and mail. */
    public static String mask(String applicant) {
        String value = normalize(applicant);
        if ((value.length() == 15 || value.length() == 18) && ID_NUMBER.matcher(value).matches()) {
            return Masking.maskIdNumber(value);
        }
        if (value.length() <= 4 && PERSON.matcher(value).matches()) {
            int first = value.codePointAt(0);
            return Character.toString(first) + "*".repeat(value.codePointCount(0, value.length()) - 1);
        }
        return Masking.mask(value);
    }
}
