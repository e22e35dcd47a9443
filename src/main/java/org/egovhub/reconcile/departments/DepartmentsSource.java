package org.egovhub.reconcile.departments;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code departments.yml} into {@link Departments}: the one place reconciliation gets its
 * departments from. <b>Interim:</b> this minimal reader stands in until the platform's deployment-file
 * reader ({@code org.egovhub.platform.deploy}, issue 9) and its {@code DepartmentsFile} records land;
 * then {@link #load} delegates to them and this body goes.
 */
public final class DepartmentsSource {

    private static final Set<String> DEPARTMENT_KEYS = Set.of("code", "name", "aliases", "credit-code", "head", "email");
    private static final Set<String> LEADER_KEYS = Set.of("name", "email");

    private DepartmentsSource() {
    }

    /** Loads the file; a mistake throws {@link IllegalArgumentException} naming the file, the entry and the field. */
    public static Departments load(Path file) {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml().load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the departments file (" + e + ")");
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("departments") instanceof List<?> entries)) {
            throw new IllegalArgumentException(file + ": expected a list under 'departments:'");
        }
        List<Department> departments = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entry(file + ": departments[" + i + "]", entries.get(i), DEPARTMENT_KEYS);
            String where = file + ": departments[" + i + "]";
            Department department = new Department(text(where, entry, "code", true), text(where, entry, "name", true),
                    aliases(where, entry), text(where, entry, "credit-code", false), text(where, entry, "head", true),
                    text(where, entry, "email", true));
            if (!codes.add(department.code())) {
                throw new IllegalArgumentException(where + ".code: '" + department.code() + "' is used by another department");
            }
            departments.add(department);
        }
        List<Leader> leaders = new ArrayList<>();
        if (map.get("leaders") instanceof List<?> leaderEntries) {
            for (int i = 0; i < leaderEntries.size(); i++) {
                String where = file + ": leaders[" + i + "]";
                Map<?, ?> entry = entry(where, leaderEntries.get(i), LEADER_KEYS);
                leaders.add(new Leader(text(where, entry, "name", true), text(where, entry, "email", true)));
            }
        }
        try {
            return new Departments(departments, leaders);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static Map<?, ?> entry(String where, Object value, Set<String> keys) {
        if (!(value instanceof Map<?, ?> entry)) {
            throw new IllegalArgumentException(where + ": expected a mapping");
        }
        for (Object key : entry.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(where + "." + key + ": unknown field");
            }
        }
        return entry;
    }

    private static String text(String where, Map<?, ?> entry, String key, boolean required) {
        Object value = entry.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                throw new IllegalArgumentException(where + "." + key + ": missing");
            }
            return null;
        }
        return String.valueOf(value).trim();
    }

    private static List<String> aliases(String where, Map<?, ?> entry) {
        Object value = entry.get("aliases");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ".aliases: expected a list");
        }
        return list.stream().map(String::valueOf).map(String::trim).toList();
    }
}
