package org.egovhub.reconcile;

import java.nio.charset.Charset;

/** Charsets the tests write ledgers in. */
final class TextEncodingCharsets {

    /** What Excel on Chinese Windows writes. */
    static final Charset GBK = Charset.forName("GBK");

    private TextEncodingCharsets() {
    }
}
