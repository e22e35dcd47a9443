package org.egovhub.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {

    @TempDir
    Path dir;

    Path file(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("f.csv"), bytes);
    }

    @Test
    void shouldTakeTheByteOrderMark() throws Exception {
        byte[] text = "办件编号".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[text.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bom, 3, text.length);
        assertThat(TextEncoding.of(file(bom))).isEqualTo(new TextEncoding(StandardCharsets.UTF_8, 3));
        byte[] utf16 = ("\uFEFF办件编号").getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextEncoding.of(file(utf16))).isEqualTo(new TextEncoding(StandardCharsets.UTF_16LE, 2));
    }

    @Test
    void shouldTakeUtf8WhenEveryByteIsValidUtf8AndGb18030Otherwise() throws Exception {
        assertThat(TextEncoding.of(file("受理时间,实施机构".getBytes(StandardCharsets.UTF_8))).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextEncoding.of(file("受理时间,实施机构".getBytes(Charset.forName("GBK")))).charset()).isEqualTo(TextEncoding.GB18030);
    }

    @Test
    void shouldReadAGbkFileLongerThanTheScanBufferWhoseOnlyChineseIsAtTheEnd() throws Exception {
        String text = "a,b,c\n".repeat(30_000) + "受理时间,实施机构,申请人\n";
        Path file = file(text.getBytes(Charset.forName("GBK")));
        List<List<String>> rows = new ArrayList<>();

        LedgerReader.read(file, (n, cells) -> rows.add(cells));

        assertThat(TextEncoding.of(file).charset()).isEqualTo(TextEncoding.GB18030);
        assertThat(rows.get(rows.size() - 1)).containsExactly("受理时间", "实施机构", "申请人");
    }
}
