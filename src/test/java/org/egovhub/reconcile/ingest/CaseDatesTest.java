package org.egovhub.reconcile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2018-01-05 09:30:15, 2018-01-05T09:30:15",
        "2018-01-05 09:30, 2018-01-05T09:30",
        "2018-01-05, 2018-01-05T00:00",
        "2018/01/05 09:30:15, 2018-01-05T09:30:15",
        "2018/1/5 9:30, 2018-01-05T09:30",
        "2018/1/5, 2018-01-05T00:00",
        "2016-02-29 23:59:59, 2016-02-29T23:59:59",
        "' 2018-03-31 ', 2018-03-31T00:00"})
    void shouldReadTheAcceptedFormats(String text, LocalDateTime expected) {
        assertThat(CaseDates.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30", "2017-02-29 10:00", "2018-13-01", "2018-04-31 08:00:00", "2018-01-05 24:00",
        "2018-01-05 09:60", "2018-01-05T09:30", "2018.01.05", "2018年1月5日", "05/01/2018", "20180105", "", "明天"})
    void shouldRefuseDatesThatDoNotExistOrAreWrittenOtherwise(String text) {
        assertThat(CaseDates.parse(text)).isEmpty();
    }
}
