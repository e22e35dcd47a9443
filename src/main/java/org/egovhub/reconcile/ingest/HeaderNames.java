package org.egovhub.reconcile.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.egovhub.reconcile.Side;

/**
 * Which header texts name which {@link Field}: the configured names, or the Chinese defaults for a
 * field not configured. Headers are compared without blanks (a header cell {@code " 受理 时间"} is 受理时间).
 */
public final class HeaderNames {

    /** A header row needs at least this many known headers. */
    static final int HEADER_ROW_MINIMUM = 3;

    private final Map<String, Field> byName = new HashMap<>();

    private HeaderNames(Map<Field, List<String>> names) {
        for (Field field : Field.values()) {
            for (String name : names.getOrDefault(field, field.defaultHeaders())) {
                Field other = byName.putIfAbsent(normalize(name), field);
                if (other != null && other != field) {
                    throw new IllegalArgumentException("header '" + name + "' is configured for both " + other + " and " + field);
                }
            }
        }
    }

    /** The defaults: 办件编号, 事项编码, 事项名称, 实施机构, 申请人, 受理时间, 办结时间, 录入时间. */
    public static HeaderNames defaults() {
        return new HeaderNames(Map.of());
    }

    /** Configured names per field; fields missing from the map keep their default. */
    public static HeaderNames of(Map<Field, List<String>> names) {
        return new HeaderNames(names.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(names));
    }

    static String normalize(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replaceAll("\\s+", "");
    }

    /** The field a header cell names, if any. 录入时间 counts only on the online side. */
    Optional<Field> field(String header, Side side) {
        Field field = byName.get(normalize(header));
        if (field == Field.ENTERED && side != Side.ONLINE) {
            return Optional.empty();
        }
        return Optional.ofNullable(field);
    }

    /**
     * The column of each field if {@code cells} is a header row (at least three known headers),
     * else empty. When two columns name the same field the first one counts.
     */
    Optional<Map<Field, Integer>> columns(List<String> cells, Side side) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (int i = 0; i < cells.size(); i++) {
            int column = i;
            field(cells.get(i), side).ifPresent(field -> columns.putIfAbsent(field, column));
        }
        return columns.size() >= HEADER_ROW_MINIMUM ? Optional.of(columns) : Optional.empty();
    }

    /** Every known header name, for messages. */
    List<String> known(Side side) {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : Field.values()) {
            if (field != Field.ENTERED || side == Side.ONLINE) {
                names.add(field.header());
            }
        }
        return new ArrayList<>(names);
    }
}
