package org.egovhub.repost.source;

import org.egovhub.repost.RepostProperties;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** The configured sources, read and validated once at start: a bad entry stops the hub naming file, entry and field. */
@Component
public class SourceCatalog {

    private final Map<String, Source> sources = new LinkedHashMap<>();

    SourceCatalog(RepostProperties properties, Validator validator) {
        read(properties, validator).forEach(s -> sources.put(s.id(), s));
    }

    public List<Source> all() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    static List<Source> read(RepostProperties properties, Validator validator) {
        String file = properties.sourcesFile().toString();
        Object root;
        try (Reader in = Files.newBufferedReader(properties.sourcesFile(), StandardCharsets.UTF_8)) {
            root = new Yaml().load(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Repost sources file " + file + " (hub.repost.sources-file) cannot be read: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("sources") instanceof List<?> entries)) {
            throw new IllegalStateException("Repost sources file " + file + " must hold a list under 'sources:'");
        }
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build();
        List<Source> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            String where = "Repost sources file " + file + ", entry " + (i + 1) + describe(entry);
            Source source;
            try {
                source = mapper.convertValue(normalize(entry, where), Source.class);
            } catch (IllegalArgumentException e) {
                String field = e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()
                        ? m.getPath().get(m.getPath().size() - 1).getFieldName() : "?";
                throw new IllegalStateException(where + ", field '" + field + "': " + firstLine(e.getMessage()), e);
            }
            for (ConstraintViolation<Source> v : validator.validate(source)) {
                throw new IllegalStateException(where + ", field '" + kebab(v.getPropertyPath().toString()) + "': " + v.getMessage());
            }
            if (!ids.add(source.id())) {
                throw new IllegalStateException(where + ", field 'id': duplicate id " + source.id());
            }
            result.add(source);
        }
        return result;
    }

    /** Kind values are written list-page in YAML; durations like 15m are Spring style. */
    private static Object normalize(Object entry, String where) {
        if (!(entry instanceof Map<?, ?> map)) {
            return entry;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        copy.computeIfPresent("kind", (k, v) -> String.valueOf(v).replace('-', '_'));
        for (String key : List.of("poll-interval", "silent-after")) {
            Object value = copy.get(key);
            if (value != null) {
                try {
                    copy.put(key, DurationStyle.detectAndParse(String.valueOf(value)).toString());
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(where + ", field '" + key + "': '" + value + "' is not a duration such as 15m");
                }
            }
        }
        return copy;
    }

    private static String describe(Object entry) {
        return entry instanceof Map<?, ?> map && map.get("id") != null ? " (id " + map.get("id") + ")" : "";
    }

    private static String kebab(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
