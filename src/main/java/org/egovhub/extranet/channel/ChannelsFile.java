package org.egovhub.extranet.channel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.egovhub.extranet.record.RecordKind;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code channels.yml}. Every mistake stops the start with a message naming the file, the
 * channel entry and the field, e.g. {@code config/channels.yml: channel #2 (mz-marriage): legacy.url: missing}.
 */
public final class ChannelsFile {

    private static final Set<String> CHANNEL_KEYS = Set.of("id", "business-system", "department", "record-kind",
            "directory", "legacy", "extranet", "initial-mode");
    private static final Set<String> TARGET_KEYS = Set.of("type", "url", "queue", "table", "username", "password");

    private final Path file;
    private final UnaryOperator<String> placeholders;

    private ChannelsFile(Path file, UnaryOperator<String> placeholders) {
        this.file = file;
        this.placeholders = placeholders;
    }

    /** Loads the channels; {@code placeholders} resolves {@code ${...}} in directories, target URLs and credentials. */
    public static List<Channel> load(Path file, UnaryOperator<String> placeholders) {
        return new ChannelsFile(file, placeholders).read();
    }

    private List<Channel> read() {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml().load(reader);
        } catch (IOException e) {
            throw new ChannelsFileException(file + ": cannot read the channels file (" + e.getMessage() + ")");
        } catch (YAMLException e) {
            throw new ChannelsFileException(file + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("channels") instanceof List<?> entries)) {
            throw new ChannelsFileException(file + ": expected a list under 'channels:'");
        }
        List<Channel> channels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = file + ": channel #" + (i + 1);
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new ChannelsFileException(where + ": expected a mapping");
            }
            Channel channel = channel(where, entry);
            if (!ids.add(channel.id())) {
                throw new ChannelsFileException(where + " (" + channel.id() + "): id: used by another channel");
            }
            channels.add(channel);
        }
        return List.copyOf(channels);
    }

    private Channel channel(String at, Map<?, ?> entry) {
        String id = text(at, entry, "id", true);
        String where = at + " (" + id + ")";
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new ChannelsFileException(where + ": id: use lower-case letters, digits and dashes (at most 40)");
        }
        unknownKeys(where, "", entry, CHANNEL_KEYS);
        RecordKind kind = choice(where, "record-kind", text(where, entry, "record-kind", true), RecordKind.class);
        Mode mode = choice(where, "initial-mode", text(where, entry, "initial-mode", true), Mode.class);
        return new Channel(id, text(where, entry, "business-system", true), text(where, entry, "department", true), kind,
                resolve(where + ": directory", text(where, entry, "directory", false)), target(where, entry, "legacy"),
                target(where, entry, "extranet"), mode);
    }

    private Target target(String where, Map<?, ?> entry, String key) {
        if (!(entry.get(key) instanceof Map<?, ?> map)) {
            throw new ChannelsFileException(where + ": " + key + ": missing (a mapping with type and url)");
        }
        String at = where + ": " + key + ".";
        unknownKeys(where, key + ".", map, TARGET_KEYS);
        Target.Type type = choice(where, key + ".type", text(at, map, "type", true), Target.Type.class);
        String url = resolve(at + "url", text(at, map, "url", true));
        String queue = resolve(at + "queue", text(at, map, "queue", type == Target.Type.QUEUE));
        String table = resolve(at + "table", text(at, map, "table", type == Target.Type.TABLE));
        boolean urlFits = switch (type) {
            case HTTP -> url.matches("https?://.+");
            case QUEUE -> url.matches("(tcp|ssl)://.+|\\(.+");
            case TABLE -> url.startsWith("jdbc:");
        };
        if (!urlFits) {
            throw new ChannelsFileException(at + "url: '" + url + "' does not fit type " + type.name().toLowerCase(Locale.ROOT));
        }
        if (table != null && !table.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new ChannelsFileException(at + "table: '" + table + "' is not a plain table name");
        }
        return new Target(type, url, queue, table, resolve(at + "username", text(at, map, "username", false)),
                resolve(at + "password", text(at, map, "password", false)));
    }

    private String resolve(String where, String value) {
        try {
            return value == null ? null : placeholders.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ChannelsFileException(where + ": " + e.getMessage());
        }
    }

    private static void unknownKeys(String where, String prefix, Map<?, ?> map, Set<String> known) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new ChannelsFileException(where + ": " + prefix + key + ": unknown field (use one of " + known + ")");
            }
        }
    }

    private static String text(String where, Map<?, ?> map, String key, boolean required) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                throw new ChannelsFileException(where + (where.endsWith(".") ? "" : ": ") + key + ": missing");
            }
            return null;
        }
        return String.valueOf(value).trim();
    }

    private static <E extends Enum<E>> E choice(String where, String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new ChannelsFileException(where + ": " + key + ": '" + value + "' is not one of " + allowed);
        }
    }
}
