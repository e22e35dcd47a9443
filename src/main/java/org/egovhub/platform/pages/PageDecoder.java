package org.egovhub.platform.pages;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns page bytes into text in the order DOMAIN.md §7 gives: HTTP header charset, then the meta
 * tag, then a BOM; a declared charset that does not decode cleanly gives way to UTF-8, then GB18030.
 * Never ISO-8859-1: Chinese pages are GB-family or UTF-8.
 */
public final class PageDecoder {

    private static final Logger log = LoggerFactory.getLogger(PageDecoder.class);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PageDecoder() {
    }

    /**
     * The decoded text and the charset that decoded it.
     *
     * @param declared whether the header, a meta tag or a BOM named a charset (else the fallback order chose it)
     */
    public record Decoded(String text, Charset charset, boolean declared) {
    }

    public static Decoded decode(byte[] bytes, String contentType, String url) {
        // No Content-Type header at all is as common as one without a charset.
        Charset declared = contentType == null ? null : charsetOf(HEADER_CHARSET.matcher(contentType));
        if (declared == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.US_ASCII);
            declared = charsetOf(META_CHARSET.matcher(head));
        }
        if (declared == null && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            declared = StandardCharsets.UTF_8;
        }
        if (GB18030.equals(declared) && hasMultibyte(bytes)) {
            // GB18030 maps nearly any byte pair, so UTF-8 bytes "decode" into mojibake without an
            // error; real GB text, on the other hand, is almost never valid UTF-8.
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                log.warn("Page {} declares charset {} but is UTF-8; read as UTF-8", url, declared);
                return new Decoded(stripBom(utf8), StandardCharsets.UTF_8, true);
            }
        }
        if (declared != null) {
            String text = strict(bytes, declared);
            if (text != null) {
                return new Decoded(stripBom(text), declared, true);
            }
        }
        for (Charset fallback : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            String text = strict(bytes, fallback);
            if (text != null) {
                if (declared != null) {
                    log.warn("Page {} declares charset {} but does not decode with it; read as {}", url, declared, fallback);
                }
                return new Decoded(stripBom(text), fallback, declared != null);
            }
        }
        log.warn("Page {} decodes cleanly with no charset; read as GB18030 with replacement characters", url);
        return new Decoded(new String(bytes, GB18030), GB18030, declared != null);
    }

    private static Charset charsetOf(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // gb2312 and gbk pages routinely hold characters only GB18030 has; it is a strict superset.
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        if (StandardCharsets.UTF_8.equals(charset)) {
            // a CharsetDecoder is several times slower than String's own decoding, which replaces bad
            // bytes with U+FFFD; only a page holding U+FFFD needs its bytes checked
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.indexOf('\uFFFD') < 0 || isUtf8(bytes) ? text : null;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the bytes are UTF-8 as strictly as the JDK decoder with {@code REPORT} reads them: no
     * overlong forms, no surrogates, nothing past U+10FFFF, no sequence cut off at the end.
     */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length;
            int secondMin = 0x80;
            int secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                secondMin = lead == 0xE0 ? 0xA0 : 0x80; // overlong
                secondMax = lead == 0xED ? 0x9F : 0xBF; // surrogates
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                secondMin = lead == 0xF0 ? 0x90 : 0x80; // overlong
                secondMax = lead == 0xF4 ? 0x8F : 0xBF; // past U+10FFFF
            } else {
                return false;
            }
            if (i + length > bytes.length) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < secondMin || second > secondMax) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    private static boolean hasMultibyte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
