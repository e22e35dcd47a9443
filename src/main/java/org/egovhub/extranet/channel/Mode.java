package org.egovhub.extranet.channel;

import java.util.List;

/** Which paths a channel's records take during its migration. */
public enum Mode {
    /** Only the old line. */
    LEGACY(List.of(Path.LEGACY)),
    /** Both lines, to compare them before cutover. */
    DUAL(List.of(Path.LEGACY, Path.EXTRANET)),
    /** Only the e-government extranet. */
    EXTRANET(List.of(Path.EXTRANET));

    private final List<Path> paths;

    Mode(List<Path> paths) {
        this.paths = paths;
    }

    /** The mode as the console names it. */
    public String label() {
        return switch (this) {
            case LEGACY -> "原线路";
            case DUAL -> "双轨运行";
            case EXTRANET -> "电子政务外网";
        };
    }

    /** The paths a record takes in this mode. */
    public List<Path> paths() {
        return paths;
    }

    /** Whether records go on the legacy path; read by the inbound route. */
    public boolean legacy() {
        return paths.contains(Path.LEGACY);
    }

    /** Whether records go on the extranet path; read by the inbound route. */
    public boolean extranet() {
        return paths.contains(Path.EXTRANET);
    }

    /** Parses {@code legacy}, {@code dual} or {@code extranet}, in any case. */
    public static Mode parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
