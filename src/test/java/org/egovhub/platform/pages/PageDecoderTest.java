package org.egovhub.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset choice when the upstream sends no Content-Type header at all. */
class PageDecoderTest {

    private static final String PAGE = "<html><head><title>国务院常务会议</title></head><body>要闻</body></html>";

    @Test
    void shouldReadUtf8WithoutAnyContentTypeHeader() {
        PageDecoder.Decoded decoded = PageDecoder.decode(PAGE.getBytes(StandardCharsets.UTF_8), null, "http://a/1");
        assertThat(decoded.text()).isEqualTo(PAGE);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadGbkWithoutAnyContentTypeHeader() {
        PageDecoder.Decoded decoded = PageDecoder.decode(PAGE.getBytes(Charset.forName("GBK")), null, "http://a/2");
        assertThat(decoded.text()).isEqualTo(PAGE);
        assertThat(decoded.charset().name()).isEqualTo("GB18030");
    }
}
