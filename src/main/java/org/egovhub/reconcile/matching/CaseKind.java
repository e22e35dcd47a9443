package org.egovhub.reconcile.matching;

/** The case lists behind a department's figures. */
public enum CaseKind {
    /** Handled but never online (missing). */
    MISSING("missing", "未上网办件"),
    /** Online, but entered too late (not synchronized). */
    LATE("late", "未同步（录入超期）办件"),
    /** Online without an actual record. */
    ONLINE_ONLY("online-only", "仅网上有记录的办件");

    private final String key;
    private final String label;

    CaseKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@code missing}, {@code late} or {@code online-only}, as in the API. */
    public String key() {
        return key;
    }

    /** Chinese label for reports and mail. */
    public String label() {
        return label;
    }

    public static CaseKind parse(String text) {
        for (CaseKind kind : values()) {
            if (kind.key.equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be missing, late or online-only, not '" + text + "'");
    }
}
