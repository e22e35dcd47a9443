package org.egovhub.platform.deploy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovhub.platform.deploy.DeploymentFileException.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns what Jackson and the validator report into problems an office administrator can act on. */
final class Problems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("placeholder '([^']*)'");

    private Problems() {
    }

    /** A file that is not YAML, or repeats a key: where it is, by line and column. */
    static Problem syntax(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return new Problem(at(mark.getLine() + 1, mark.getColumn() + 1), "not valid YAML: " + oneLine(yaml.getProblem()));
        }
        JsonLocation location = e.getLocation();
        boolean known = location != null && location.getLineNr() > 0;
        String message = oneLine(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            // Found once the repeated key's value is read: the line is the key's, the column is past its value.
            return new Problem(known ? "line " + location.getLineNr() : null, "key '" + duplicate.group(1) + "' is given twice");
        }
        return new Problem(known ? at(location.getLineNr(), location.getColumnNr()) : null, "not valid YAML: " + message);
    }

    /** A value that does not fit the record: a wrong type, an unknown key, a bad choice or duration. */
    static Problem binding(DatabindException e) {
        String where = path(e instanceof JsonMappingException mapping ? mapping.getPath() : List.of());
        if (e instanceof UnrecognizedPropertyException unknown) {
            Set<String> known = new TreeSet<>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return new Problem(where, "unknown key (expected one of: " + String.join(", ", known) + ")");
        }
        if (e instanceof InvalidFormatException format) {
            return new Problem(where, invalid(format));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Problem(where, expected(mismatch.getTargetType()));
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return new Problem(where, oneLine(e.getCause().getMessage()));
        }
        return new Problem(where, oneLine(((JsonProcessingException) e).getOriginalMessage()));
    }

    /** An unresolvable {@code ${...}}. */
    static Problem placeholder(String where, IllegalArgumentException e) {
        Matcher name = PLACEHOLDER.matcher(String.valueOf(e.getMessage()));
        return new Problem(where, name.find()
                ? "${" + name.group(1) + "} is not set (no environment variable or setting has that name)"
                : oneLine(e.getMessage()));
    }

    /** Constraint violations in the order of the file's format: entries by index, fields as the record declares them. */
    static List<Problem> violations(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> order(v), Problems::compare)
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> new Problem(path(v.getPropertyPath()), oneLine(v.getMessage())))
                .toList();
    }

    /** Where a violation sits: list indexes and record component positions along its path. */
    private static List<Integer> order(ConstraintViolation<?> violation) {
        List<Integer> order = new ArrayList<>();
        Object current = violation.getRootBean();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                order.add(node.getIndex());
                current = current instanceof List<?> list && node.getIndex() < list.size() ? list.get(node.getIndex()) : null;
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                RecordComponent[] components = current != null ? current.getClass().getRecordComponents() : null;
                int position = -1;
                Object value = null;
                for (int i = 0; components != null && i < components.length; i++) {
                    if (components[i].getName().equals(node.getName())) {
                        position = i;
                        value = value(components[i], current);
                    }
                }
                order.add(position);
                current = value;
            }
        }
        return order;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static String invalid(InvalidFormatException format) {
        Class<?> type = format.getTargetType();
        if (type.isEnum() || type == Duration.class) {
            return format.getOriginalMessage();
        }
        if (type == Boolean.class || type == boolean.class) {
            return "'" + format.getValue() + "' is not true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "'" + format.getValue() + "' is not a number";
        }
        return "'" + format.getValue() + "' " + expected(type).replace("expected", "is not");
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "expected a list";
        }
        if (type == String.class || type.isEnum() || type == Duration.class) {
            return "expected a single value, not a list or a mapping";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "expected a number";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "expected a mapping (key: value lines)";
        }
        return "expected a " + type.getSimpleName();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** {@code channels[2].extranet.url} from the validator's path, with record components in kebab case. */
    private static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "")
                        .append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(kebab(node.getName()));
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String at(int line, int column) {
        return "line " + line + ", column " + column;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
