package org.egovhub.reconcile.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.egovhub.reconcile.Quarter;
import org.egovhub.reconcile.alerting.AlertingProperties;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The default schedule fires on the 5th day of each quarter at 09:00 Shanghai, for the quarter just ended. */
class QuarterlyScheduleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    QuarterlySchedule at(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), SHANGHAI);
        return new QuarterlySchedule(null, new AlertingProperties("0 0 9 5 1,4,7,10 *", 2, true), clock);
    }

    @Test
    void shouldFireOnTheFifthDayOfEachQuarterAtNineInShanghai() {
        Clock clock = Clock.fixed(Instant.parse("2018-03-20T00:00:00Z"), SHANGHAI);
        SimpleTriggerContext context = new SimpleTriggerContext(clock);

        Instant first = at("2018-03-20T00:00:00Z").trigger().nextExecution(context);
        context.update(first, first, first);
        Instant second = at("2018-03-20T00:00:00Z").trigger().nextExecution(context);

        assertThat(ZonedDateTime.ofInstant(first, SHANGHAI).toString()).isEqualTo("2018-04-05T09:00+08:00[Asia/Shanghai]");
        assertThat(ZonedDateTime.ofInstant(second, SHANGHAI).toString()).isEqualTo("2018-07-05T09:00+08:00[Asia/Shanghai]");
    }

    @Test
    void shouldRunTheQuarterThatEndedBeforeToday() {
        // 2018-04-05 09:00 in Shanghai is 01:00 UTC; at 2018-03-31 23:30 UTC it is already April 1st in Shanghai.
        assertThat(Quarter.of(java.time.LocalDate.now(Clock.fixed(Instant.parse("2018-04-05T01:00:00Z"), SHANGHAI))).previous())
                .isEqualTo(Quarter.parse("2018Q1"));
        assertThat(Quarter.of(java.time.LocalDate.now(Clock.fixed(Instant.parse("2018-03-31T23:30:00Z"), SHANGHAI))).previous())
                .isEqualTo(Quarter.parse("2018Q1"));
    }
}
