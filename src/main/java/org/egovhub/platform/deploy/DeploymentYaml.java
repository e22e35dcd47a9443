package org.egovhub.platform.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.convert.DurationStyle;

/**
 * The one YAML mapper of deployment files, built once. It is not Spring's {@code ObjectMapper}:
 * that one is JSON, configured for the API (camel-case names, unknown properties ignored), and does
 * not exist yet when deployment files are read, before any bean. Deployment files want YAML,
 * kebab-case keys, unknown and repeated keys refused, enum values in any case with dashes
 * ({@code list-page}) and Spring-style durations ({@code 15m}), with the same messages everywhere.
 */
final class DeploymentYaml {

    static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("deployment-files")
                    .addDeserializer(Duration.class, new Durations())
                    .setDeserializerModifier(new BeanDeserializerModifier() {
                        @Override
                        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                BeanDescription description, JsonDeserializer<?> deserializer) {
                            return new Choices(type.getRawClass());
                        }
                    }))
            .build();

    private DeploymentYaml() {
    }

    /** An enum constant written in any case, with dashes for underscores: {@code list-page} is {@code LIST_PAGE}. */
    static final class Choices extends StdScalarDeserializer<Object> {

        Choices(Class<?> type) {
            super(type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            String name = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
            for (Object constant : handledType().getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw InvalidFormatException.from(parser, "'" + text + "' is not one of " + names(handledType()), text, handledType());
        }

        static String names(Class<?> type) {
            return Arrays.toString(Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-')).toArray());
        }
    }

    /** A duration as Spring writes it ({@code 30s}, {@code 15m}, {@code 7d}) or ISO-8601 ({@code PT15M}). */
    static final class Durations extends StdScalarDeserializer<Duration> {

        Durations() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isScalarValue()) {
                return (Duration) context.handleUnexpectedToken(Duration.class, parser);
            }
            String text = parser.getText();
            try {
                return DurationStyle.detectAndParse(text.trim());
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(parser, "'" + text + "' is not a duration such as 30s, 15m, 2h or 7d", text,
                        Duration.class);
            }
        }
    }
}
