package org.egovhub.extranet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.egovhub.extranet.record.RecordChecker;
import org.egovhub.extranet.record.RecordKind;
import org.egovhub.testing.HubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** CSV (as Excel on Chinese Windows writes it, GBK) and XLSX drops become records; a wrong header is quarantined with its reason. */
@HubTest
class ExtranetDropIT extends ExtranetHubIT {

    /** Below this hub's own data folder: another hub running in the same JVM must not take the files. */
    Path drops() {
        return hub.resolve("extranet-drops/t-licence");
    }

    @Autowired
    org.egovhub.platform.HubProperties hub;

    @Autowired
    RecordChecker checker;

    @Autowired
    JdbcTemplate jdbc;

    static ObjectNode licence(String number) {
        ObjectNode licence = sample("licence");
        licence.put("行政许可决定文书号", number);
        return licence;
    }

    static String csvLine(List<String> values) {
        return String.join(",", values.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()) + "\r\n";
    }

    boolean delivered(String stableId) {
        return !jdbc.queryForList("select status from extranet_journal where stable_id = ? and path = 'legacy' and status = 'DELIVERED'",
                String.class, stableId).isEmpty();
    }

    @Test
    void shouldQueueEveryRowOfAGbkCsvDrop() throws Exception {
        ObjectNode first = licence("雁审批许〔2026〕D1号");
        ObjectNode second = licence("雁审批许〔2026〕D2号");
        List<String> header = new ArrayList<>();
        first.fieldNames().forEachRemaining(header::add);
        StringBuilder csv = new StringBuilder(csvLine(header));
        for (ObjectNode row : List.of(first, second)) {
            csv.append(csvLine(header.stream().map(h -> row.get(h).asText()).toList()));
        }
        Files.createDirectories(drops());
        Files.write(drops().resolve("licences-d.csv"), csv.toString().getBytes(Charset.forName("GBK")));

        await().atMost(Duration.ofSeconds(90)).until(() -> delivered(checker.check(RecordKind.LICENCE, first).stableId())
                && delivered(checker.check(RecordKind.LICENCE, second).stableId()));
        assertThat(drops().resolve(".done/licences-d.csv")).exists();
    }

    @Test
    void shouldQuarantineAFileWithAWrongHeaderAndSayWhy() throws Exception {
        Files.createDirectories(drops());
        Files.writeString(drops().resolve("wrong-header.csv"), "行政相对人名称,许可机关名称\r\n某公司,某局\r\n");

        Path reason = drops().resolve(".quarantine/wrong-header.csv.reason.txt");
        await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(drops().resolve(".quarantine/wrong-header.csv")));
        assertThat(Files.readString(reason)).contains("unknown columns [许可机关名称]").contains("missing columns [")
                .contains("行政许可决定文书名称");
    }

    @Test
    void shouldReadAnXlsxDropWithRealDateCells() throws Exception {
        ObjectNode licence = licence("雁审批许〔2026〕X1号");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("行政许可");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            int i = 0;
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) licence::fields) {
                header.createCell(i).setCellValue(field.getKey());
                if (field.getKey().equals("许可决定日期")) {
                    row.createCell(i).setCellValue(LocalDate.of(2024, 5, 30));
                    row.getCell(i).setCellStyle(date);
                } else {
                    row.createCell(i).setCellValue(field.getValue().asText());
                }
                i++;
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Files.createDirectories(drops());
        Files.write(drops().resolve("licence-x.xlsx"), xlsx);

        String stableId = checker.check(RecordKind.LICENCE, licence).stableId();
        await().atMost(Duration.ofSeconds(90)).until(() -> delivered(stableId));
        assertThat(jdbc.queryForObject("select decision_date from extranet_journal where stable_id = ? and path = 'legacy'",
                LocalDate.class, stableId)).isEqualTo(LocalDate.of(2024, 5, 30));
    }
}
