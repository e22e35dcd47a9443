package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Header;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.platform.tables.Tables;

/**
 * Turns a CSV or XLSX file dropped in a channel's folder into a JSON array of records, one per row,
 * the header row giving the Chinese field names. A file whose header holds unknown names or lacks a
 * mandatory one is refused whole: the route moves it to {@code .quarantine} next to a {@code .reason.txt}.
 */
public class DropFiles {

    private final ObjectMapper json = new ObjectMapper();
    private final Channels channels;

    public DropFiles(Channels channels) {
        this.channels = channels;
    }

    /** The rows of the file as a JSON array text. */
    public String toRecords(@Header(ExtranetHeaders.CHANNEL) String channelId, @Header("CamelFileName") String name,
            @Header("CamelFileAbsolutePath") String path, byte[] content) throws IOException {
        RecordKind kind = channels.get(channelId).recordKind();
        List<List<String>> rows = Tables.read(name, content);
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).stream().map(String::trim).toList();
        String problem = headerProblem(kind, header);
        if (problem != null) {
            Path reason = Path.of(path).resolveSibling(".quarantine").resolve(name + ".reason.txt");
            Files.createDirectories(reason.getParent());
            Files.writeString(reason, problem + System.lineSeparator(), StandardCharsets.UTF_8);
            throw new IllegalArgumentException(name + ": " + problem);
        }
        ArrayNode records = json.createArrayNode();
        for (List<String> row : rows.subList(1, rows.size())) {
            ObjectNode record = json.createObjectNode();
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                if (row.get(i) != null && !row.get(i).isBlank()) {
                    record.put(header.get(i), row.get(i).trim());
                }
            }
            if (!record.isEmpty()) {
                records.add(record);
            }
        }
        return records.toString();
    }

    static String headerProblem(RecordKind kind, List<String> header) {
        Set<String> unknown = new LinkedHashSet<>(header);
        unknown.removeAll(kind.fieldNames());
        unknown.remove("");
        Set<String> missing = new LinkedHashSet<>(kind.mandatoryFieldNames());
        missing.removeAll(header);
        if (unknown.isEmpty() && missing.isEmpty()) {
            return null;
        }
        return "wrong header for " + kind.name().toLowerCase(java.util.Locale.ROOT) + " records:"
                + (unknown.isEmpty() ? "" : " unknown columns " + unknown) + (missing.isEmpty() ? "" : " missing columns " + missing);
    }
}
