package cn.dalian.laborbrand.gateway.correlation;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;

/**
 * Hands the access log's lines to a thread of their own. Encoded as JSON and written to standard output on the event loop,
 * the one line per call took about 6 % of the gateway's time (async-profiler under benchmarks/gateway.sh). The line's
 * message and MDC (correlation and trace ids) are taken on the calling thread; a full queue drops lines rather than holding
 * calls: the access log records traffic, not anything accepted (that is the services' own state).
 */
@Component
class AsyncAccessLog implements SmartInitializingSingleton {

    static final String APPENDER = "ACCESS_LOG_ASYNC";
    /** The console appender Spring Boot configures, whichever format it writes. */
    private static final String CONSOLE = "CONSOLE";
    private static final int QUEUE_SIZE = 4096;

    @Override
    public void afterSingletonsInstantiated() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger accessLog = context.getLogger(CorrelationIdWebFilter.ACCESS_LOG);
        Appender<ILoggingEvent> console = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE);
        // Spring Boot resets the logging context whenever an application starts in this JVM (tests start several)
        if (console == null || accessLog.getAppender(APPENDER) != null) {
            return;
        }
        AsyncAppender async = new AsyncAppender();
        async.setName(APPENDER);
        async.setContext(context);
        async.setQueueSize(QUEUE_SIZE);
        async.setNeverBlock(true);
        async.addAppender(console);
        async.start();
        accessLog.addAppender(async);
        accessLog.setAdditive(false);
    }
}
