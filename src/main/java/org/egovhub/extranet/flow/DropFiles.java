package org.egovhub.extranet.flow;

import org.egovhub.extranet.ExtranetHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Header;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.extranet.record.RecordKind;

/**
 * Turns a CSV or XLSX file dropped in a channel's folder into a JSON array of records, one per row,
 * the header row giving the Chinese field names. A file whose header holds unknown names or lacks a
 * mandatory one is refused whole: the route moves it to {@code .quarantine} next to a {@code .reason.txt}.
 */
public class DropFiles {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final ObjectMapper json = new ObjectMapper();
    private final Channels channels;

    public DropFiles(Channels channels) {
        this.channels = channels;
    }

    /** The rows of the file as a JSON array text. */
    public String toRecords(@Header(ExtranetHeaders.CHANNEL) String channelId, @Header("CamelFileName") String name,
            @Header("CamelFileAbsolutePath") String path, byte[] content) throws IOException {
        RecordKind kind = channels.get(channelId).recordKind();
        List<List<String>> rows = name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? xlsx(content) : csv(content);
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

    /** Excel on Chinese Windows writes CSV in GBK: take UTF-8 when the bytes are valid UTF-8, else GB18030. */
    static List<List<String>> csv(byte[] content) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, GB18030);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** The first sheet; date cells become YYYY-MM-DD whatever their display format. */
    static List<List<String>> xlsx(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell == null) {
                        cells.add(null);
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
