package org.egovhub.reconcile;

import java.util.Locale;

/** The two sides that are reconciled: online case records and actual case records. */
public enum Side {
    /** 网上办件: exported by the online service platform. */
    ONLINE,
    /** 实际办件: from department ledgers and the service centre's window system. */
    ACTUAL;

    /** {@code online} or {@code actual}, as in URLs, folders and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code online} / {@code actual} in any letter case. */
    public static Side parse(String text) {
        for (Side side : values()) {
            if (side.key().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return side;
            }
        }
        throw new IllegalArgumentException("side must be online or actual, not '" + text + "'");
    }

    /** Chinese label: 网上办件 / 实际办件. */
    public String label() {
        return this == ONLINE ? "网上办件" : "实际办件";
    }
}
