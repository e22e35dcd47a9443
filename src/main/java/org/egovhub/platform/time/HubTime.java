package org.egovhub.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's one clock and one time zone. Every capability takes "now" from the injected
 * {@link Clock} (whose zone is the hub's zone, Asia/Shanghai), so tests set the time instead of
 * sleeping: a test context supplies its own {@code Clock} bean and this one steps back.
 */
@Configuration(proxyBeanMethods = false)
public class HubTime {

    /** The zone of every date the hub reads or writes: China Standard Time, no daylight saving. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The hub's zone, for code that has no clock at hand (static parsing of dates). */
    public static ZoneId zone() {
        return ZONE;
    }

    @Bean
    @ConditionalOnMissingBean
    Clock hubClock() {
        return Clock.system(ZONE);
    }

    @Bean
    ZoneId hubZone(Clock clock) {
        return clock.getZone();
    }
}
