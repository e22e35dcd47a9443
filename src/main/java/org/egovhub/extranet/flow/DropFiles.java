package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.egovhub.platform.stage.RefusedException;
import org.egovhub.platform.stage.StageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.platform.tables.Tables;

/**
 * The drop-folder stage: a CSV or XLSX file dropped in a channel's folder becomes its records, one per
 * row (the header row giving the Chinese field names), taken in by the channel's one intake. A file whose header holds unknown names or lacks a
 * mandatory one is refused whole: the route moves it to {@code .quarantine} next to a {@code .reason.txt}.
 */
public class DropFiles {

    private static final Logger log = LoggerFactory.getLogger(DropFiles.class);

    private final ObjectMapper json;
    private final Channels channels;
    private final ExtranetIntake intake;

    public DropFiles(Channels channels, ExtranetIntake intake, ObjectMapper json) {
        this.channels = channels;
        this.intake = intake;
        this.json = json;
    }

    /** Stage: the file's records, checked and sent on as the API's and the inbound queue's are. */
    public StageResult take(@Header(ExtranetHeaders.CHANNEL) String channelId, @Header("CamelFileName") String name,
            @Header("CamelFileAbsolutePath") String path, byte[] content) throws IOException {
        Channel channel = channels.get(channelId);
        ExtranetIntake.Intake taken = intake.take(channel, records(channel.recordKind(), name, path, content));
        log.info("Extranet drop {} for channel {}: {} record(s) accepted, {} refused", name, channelId, taken.accepted(),
                taken.rejected().size());
        return taken.result();
    }

    /** The rows of the file as a JSON array; a file with a wrong header is refused whole, its reason written beside it. */
    ArrayNode records(RecordKind kind, String name, String path, byte[] content) throws IOException {
        List<List<String>> rows = Tables.read(name, content);
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).stream().map(h -> h == null ? "" : h.trim()).toList();
        String problem = headerProblem(kind, header);
        if (problem != null) {
            Path reason = Path.of(path).resolveSibling(".quarantine").resolve(name + ".reason.txt");
            Files.createDirectories(reason.getParent());
            Files.writeString(reason, problem + System.lineSeparator(), StandardCharsets.UTF_8);
            log.warn("Extranet drop {} quarantined: {}", path, problem);
            throw new RefusedException(name + ": " + problem);
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
        return records;
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
