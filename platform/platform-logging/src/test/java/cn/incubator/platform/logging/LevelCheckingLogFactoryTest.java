package cn.incubator.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Framework log messages are rendered only when their level is on, and still logged, with their caller, when it is. */
class LevelCheckingLogFactoryTest {

    private final Logger logback = (Logger) LoggerFactory.getLogger("cn.incubator.platform.level-check");
    /** Keeps the events, with their caller taken while logging (as a pattern with %C or %L would). */
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.getCallerData();
            super.append(event);
        }
    };
    private final AtomicInteger rendered = new AtomicInteger();

    /** Like Spring's {@code LogMessage}: text built on demand. */
    private final Object message = new Object() {
        @Override
        public String toString() {
            rendered.incrementAndGet();
            return "rendered message";
        }
    };

    @BeforeEach
    void attach() {
        appender.start();
        logback.addAppender(appender);
        logback.setAdditive(false);
        logback.setLevel(Level.INFO);
    }

    @AfterEach
    void detach() {
        logback.detachAppender(appender);
        logback.setLevel(null);
        logback.setAdditive(true);
    }

    @Test
    void commonsLoggingUsesTheFactoryFoundByServiceLookup() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog("cn.incubator.platform.level-check"))
                .isInstanceOf(LevelCheckingLogFactory.LevelCheckingLog.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverRendered() {
        Log log = LogFactory.getLog("cn.incubator.platform.level-check");

        log.trace(message);
        log.debug(message);
        log.debug(message, new IllegalStateException("x"));

        assertThat(rendered).hasValue(0);
        assertThat(appender.list).isEmpty();
    }

    @Test
    void aMessageAtAnEnabledLevelIsLoggedWithItsLevelExceptionAndCaller() {
        Log log = LogFactory.getLog("cn.incubator.platform.level-check");
        IllegalStateException failure = new IllegalStateException("broken");

        log.info(message);
        log.warn(message, failure);
        log.fatal(message);
        logback.setLevel(Level.DEBUG);
        log.debug(message);

        assertThat(rendered).hasValue(4);
        assertThat(appender.list).extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.INFO, Level.WARN, Level.ERROR, Level.DEBUG);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsOnly("rendered message");
        assertThat(appender.list.get(1).getThrowableProxy().getMessage()).isEqualTo("broken");
        assertThat(appender.list.get(0).getCallerData()[0].getClassName()).isEqualTo(getClass().getName());
    }
}
