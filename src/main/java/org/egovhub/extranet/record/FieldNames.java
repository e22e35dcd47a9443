package org.egovhub.extranet.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Turns a Java property of a record class back into the Chinese field name people wrote. */
final class FieldNames {

    private FieldNames() {
    }

    static String of(Class<?> type, String property) {
        if (property == null) {
            return "(record)";
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty json = field.getAnnotation(JsonProperty.class);
                if (field.getName().equals(property) && json != null) {
                    return json.value();
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                ReportedAs reported = method.getAnnotation(ReportedAs.class);
                if (reported != null && propertyOf(method.getName()).equals(property)) {
                    return reported.value();
                }
            }
        }
        return property;
    }

    static java.util.Set<String> known(Class<?> type) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Field field : fields(type)) {
            JsonProperty json = field.getAnnotation(JsonProperty.class);
            com.fasterxml.jackson.annotation.JsonAlias alias = field.getAnnotation(com.fasterxml.jackson.annotation.JsonAlias.class);
            if (json != null) {
                names.add(json.value());
            }
            if (alias != null) {
                names.addAll(java.util.List.of(alias.value()));
            }
        }
        return names;
    }

    static java.util.Set<String> mandatory(Class<?> type) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Field field : fields(type)) {
            JsonProperty json = field.getAnnotation(JsonProperty.class);
            if (json != null && field.isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)) {
                names.add(json.value());
            }
        }
        return names;
    }

    private static java.util.List<Field> fields(Class<?> type) {
        java.util.List<Field> fields = new java.util.ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(java.util.List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private static String propertyOf(String method) {
        String bare = method.startsWith("is") ? method.substring(2) : method.startsWith("get") ? method.substring(3) : method;
        return bare.isEmpty() ? bare : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
