package cn.incubator.platform.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LocationAwareLogger;

/**
 * Commons Logging (the API Spring and Spring Security log through) bridged to SLF4J like Commons Logging's own
 * {@code Slf4jLogFactory}, but a message is turned into text only when its level is enabled. Commons Logging 1.3/1.4's
 * adapter calls {@code String.valueOf(message)} before SLF4J checks the level, so every
 * {@code logger.debug(LogMessage.format(...))} of the frameworks was rendered and thrown away: under load, Spring
 * Security's {@code OrServerWebExchangeMatcher} alone formatted a "Trying to match using ..." line per matcher per
 * request, about 7% of the gateway's allocations (docs/decisions.md, "Gateway CPU per request"). Spring Framework 7
 * moved from spring-jcl, whose adapter checked the level first, to Commons Logging (spring-framework issue 37266).
 *
 * <p>Chosen by Commons Logging's service lookup ({@code META-INF/services/org.apache.commons.logging.LogFactory});
 * log lines, levels and caller locations are the same as with Commons Logging's own adapter.
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    public LevelCheckingLogFactory() {
    }

    @Override
    public Log getInstance(Class<?> clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, key -> new LevelCheckingLog(LoggerFactory.getLogger(key)));
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        logs.clear();
    }

    /** One logger: the level is checked before the message is rendered. */
    static final class LevelCheckingLog implements Log {

        private static final String FQCN = LevelCheckingLog.class.getName();

        private final Logger logger;
        private final LocationAwareLogger located;

        LevelCheckingLog(Logger logger) {
            this.logger = logger;
            this.located = logger instanceof LocationAwareLogger aware ? aware : null;
        }

        private void log(int level, Object message, Throwable exception) {
            String text = String.valueOf(message);
            if (located != null) {
                located.log(null, FQCN, level, text, null, exception);
                return;
            }
            switch (level) {
                case LocationAwareLogger.TRACE_INT -> logger.trace(text, exception);
                case LocationAwareLogger.DEBUG_INT -> logger.debug(text, exception);
                case LocationAwareLogger.INFO_INT -> logger.info(text, exception);
                case LocationAwareLogger.WARN_INT -> logger.warn(text, exception);
                default -> logger.error(text, exception);
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return logger.isTraceEnabled();
        }

        @Override
        public boolean isDebugEnabled() {
            return logger.isDebugEnabled();
        }

        @Override
        public boolean isInfoEnabled() {
            return logger.isInfoEnabled();
        }

        @Override
        public boolean isWarnEnabled() {
            return logger.isWarnEnabled();
        }

        @Override
        public boolean isErrorEnabled() {
            return logger.isErrorEnabled();
        }

        @Override
        public boolean isFatalEnabled() {
            return logger.isErrorEnabled();
        }

        @Override
        public void trace(Object message) {
            trace(message, null);
        }

        @Override
        public void trace(Object message, Throwable t) {
            if (logger.isTraceEnabled()) {
                log(LocationAwareLogger.TRACE_INT, message, t);
            }
        }

        @Override
        public void debug(Object message) {
            debug(message, null);
        }

        @Override
        public void debug(Object message, Throwable t) {
            if (logger.isDebugEnabled()) {
                log(LocationAwareLogger.DEBUG_INT, message, t);
            }
        }

        @Override
        public void info(Object message) {
            info(message, null);
        }

        @Override
        public void info(Object message, Throwable t) {
            if (logger.isInfoEnabled()) {
                log(LocationAwareLogger.INFO_INT, message, t);
            }
        }

        @Override
        public void warn(Object message) {
            warn(message, null);
        }

        @Override
        public void warn(Object message, Throwable t) {
            if (logger.isWarnEnabled()) {
                log(LocationAwareLogger.WARN_INT, message, t);
            }
        }

        @Override
        public void error(Object message) {
            error(message, null);
        }

        @Override
        public void error(Object message, Throwable t) {
            if (logger.isErrorEnabled()) {
                log(LocationAwareLogger.ERROR_INT, message, t);
            }
        }

        @Override
        public void fatal(Object message) {
            error(message, null);
        }

        @Override
        public void fatal(Object message, Throwable t) {
            error(message, t);
        }
    }
}
