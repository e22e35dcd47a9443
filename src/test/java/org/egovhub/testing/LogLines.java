package org.egovhub.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * The lines one logger wrote during a test, whatever the tests before it did to the console or to
 * logging (a Spring context started and closed by an earlier test resets logback, and then the
 * console output a test captures misses the line). Register it as a field:
 * {@code @RegisterExtension final LogLines log = LogLines.of(Foo.class);}.
 */
public final class LogLines implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private ListAppender<ILoggingEvent> appender;
    private Level levelBefore;

    private LogLines(String name) {
        this.name = name;
    }

    public static LogLines of(Class<?> type) {
        return new LogLines(type.getName());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger logger = logger();
        appender = new ListAppender<>();
        appender.start();
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger logger = logger();
        logger.detachAppender(appender);
        logger.setLevel(levelBefore);
        appender.stop();
    }

    /** The messages written so far, formatted, as "LEVEL message". */
    public List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    private Logger logger() {
        return (Logger) LoggerFactory.getLogger(name);
    }
}
