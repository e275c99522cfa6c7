package ru.gospages.logs;

import java.net.URI;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerContextFactory;

/**
 * The log4j-api provider named in {@code log4j2.component.properties}: one context for the whole
 * process whose loggers pass POI's errors to SLF4J. Not the log4j-to-slf4j bridge: it built every
 * debug message POI asks for before SLF4J dropped it, which made XLS reading 3-7x slower; here a
 * debug call ends at a level comparison.
 */
public final class ErrorsToSlf4jContextFactory implements LoggerContextFactory {

    private static final ErrorsToSlf4jContext CONTEXT = new ErrorsToSlf4jContext();

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext) {
        return CONTEXT;
    }

    @Override
    public LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext, boolean currentContext,
                                    URI configLocation, String name) {
        return CONTEXT;
    }

    @Override
    public void removeContext(LoggerContext context) {
        // one context for the life of the process: nothing to release
    }

    @Override
    public boolean isClassLoaderDependent() {
        return false;
    }
}
