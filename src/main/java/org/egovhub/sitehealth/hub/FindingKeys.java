package org.egovhub.sitehealth.hub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.egovhub.sitehealth.check.Finding;

/**
 * Which findings of two runs are the same one: a hash of what names it (kind, column, page, URL,
 * wrong text), not of what changes while it stays (the days of a stale column, the status of a
 * broken link).
 */
final class FindingKeys {

    private FindingKeys() {
    }

    static String of(Finding f) {
        String text = String.join("\u0001", f.kind(), Objects.toString(f.column(), ""), Objects.toString(f.page(), ""),
                Objects.toString(f.url(), ""), Objects.toString(f.found(), ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
