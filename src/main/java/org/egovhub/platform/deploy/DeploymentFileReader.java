package org.egovhub.platform.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.egovhub.platform.deploy.DeploymentFileException.Problem;

/**
 * Reads one deployment file (YAML, UTF-8) onto a record type and validates it. Keys are kebab-case
 * ({@code business-system} binds {@code businessSystem}); an unknown or repeated key, a value of
 * the wrong type and a constraint of the record's Bean Validation annotations each stop the read
 * with a {@link DeploymentFileException} whose message is one line:
 * {@code <file>: <where>: <what is expected>}.
 *
 * <pre>{@code
 * DeploymentFileReader reader = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());
 * DepartmentsFile departments = reader.read(Path.of("config/departments.yml"), DepartmentsFile.class);
 * // config/departments.yml: departments[1].email: must be a well-formed email address
 * }</pre>
 *
 * It needs no Spring context: the hub uses it before any bean exists, and command-line tools use
 * it as is. Enum values may be written in any case with dashes ({@code list-page}); durations as
 * Spring writes them ({@code 15m}). It binds with its own YAML mapper, built once, not with Spring's
 * JSON {@code ObjectMapper} (see {@code DeploymentYaml} for why).
 */
public final class DeploymentFileReader {

    private final Validator validator;

    public DeploymentFileReader(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Reads {@code file} onto {@code type}; the file is named in messages as given here. */
    public <T> T read(Path file, Class<T> type) {
        return read(file, type, UnaryOperator.identity());
    }

    /**
     * Reads {@code file} onto {@code type}, first passing every text value through
     * {@code placeholders} (e.g. {@code environment::resolveRequiredPlaceholders} for {@code ${NAME}}).
     */
    public <T> T read(Path file, Class<T> type, UnaryOperator<String> placeholders) {
        return read(file.toString(), file, type, placeholders);
    }

    /** Reads {@code file}, named {@code shown} in messages (the path as configured, when the file was looked up elsewhere). */
    <T> T read(String shown, Path file, Class<T> type, UnaryOperator<String> placeholders) {
        if (Files.isDirectory(file)) {
            throw new DeploymentFileException(shown, null, "is a folder, not a file");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DeploymentFileException(shown, null, "not found");
        } catch (AccessDeniedException e) {
            throw new DeploymentFileException(shown, null, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw new DeploymentFileException(shown, null, "cannot be read (" + Problems.oneLine(e.getMessage()) + ")");
        }
        return read(shown, content, type, placeholders);
    }

    /** Reads a file from a stream (e.g. a built-in default on the classpath), named {@code shownAs} in messages. */
    public <T> T read(String shownAs, InputStream content, Class<T> type, UnaryOperator<String> placeholders) {
        try (content) {
            return read(shownAs, content.readAllBytes(), type, placeholders);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + shownAs, e);
        }
    }

    private <T> T read(String shown, byte[] content, Class<T> type, UnaryOperator<String> placeholders) {
        JsonNode tree = parse(shown, content);
        resolve(shown, tree, placeholders);
        T value;
        try {
            value = DeploymentYaml.MAPPER.readerFor(type).readValue(tree);
        } catch (DatabindException e) {
            throw new DeploymentFileException(shown, List.of(Problems.binding(e)));
        } catch (IOException e) {
            throw new DeploymentFileException(shown, null, Problems.oneLine(e.getMessage()));
        }
        List<Problem> problems = Problems.violations(validator.validate(value));
        if (!problems.isEmpty()) {
            throw new DeploymentFileException(shown, problems);
        }
        return value;
    }

    private static JsonNode parse(String shown, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DeploymentFileException(shown, null, "is not UTF-8 text (save it as UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            JsonNode tree = DeploymentYaml.MAPPER.readTree(text);
            // An empty file is an empty mapping: the record's constraints then name what is missing.
            return tree == null || tree.isMissingNode() || tree.isNull() ? DeploymentYaml.MAPPER.createObjectNode() : tree;
        } catch (JsonProcessingException e) {
            throw new DeploymentFileException(shown, List.of(Problems.syntax(e)));
        }
    }

    private static void resolve(String shown, JsonNode tree, UnaryOperator<String> placeholders) {
        List<Problem> problems = new ArrayList<>();
        resolve(tree, "", placeholders, problems);
        if (!problems.isEmpty()) {
            throw new DeploymentFileException(shown, problems);
        }
    }

    private static void resolve(JsonNode node, String path, UnaryOperator<String> placeholders, List<Problem> problems) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = path.isEmpty() ? name : path + "." + name;
                JsonNode child = object.get(name);
                if (child.isTextual()) {
                    resolved(child.textValue(), at, placeholders, problems).ifPresent(text -> object.set(name, text));
                } else {
                    resolve(child, at, placeholders, problems);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode child = array.get(i);
                if (child.isTextual()) {
                    int index = i;
                    resolved(child.textValue(), at, placeholders, problems).ifPresent(text -> array.set(index, text));
                } else {
                    resolve(child, at, placeholders, problems);
                }
            }
        }
    }

    private static Optional<TextNode> resolved(String text, String at, UnaryOperator<String> placeholders,
            List<Problem> problems) {
        try {
            return Optional.of(TextNode.valueOf(placeholders.apply(text)));
        } catch (IllegalArgumentException e) {
            problems.add(Problems.placeholder(at, e));
            return Optional.empty();
        }
    }
}
