package ru.gospages.logs;

import org.apache.logging.log4j.message.MessageFactory;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.log4j.spi.LoggerContext;
import org.apache.logging.log4j.spi.LoggerRegistry;

/** The loggers of {@link ErrorsToSlf4jContextFactory}, one per name and message factory. */
final class ErrorsToSlf4jContext implements LoggerContext {

    private final LoggerRegistry<ExtendedLogger> loggers = new LoggerRegistry<>();

    @Override
    public Object getExternalContext() {
        return null;
    }

    @Override
    public ExtendedLogger getLogger(String name) {
        return getLogger(name, null);
    }

    @Override
    public ExtendedLogger getLogger(String name, MessageFactory messageFactory) {
        ExtendedLogger logger = loggers.getLogger(name, messageFactory);
        if (logger == null) {
            loggers.putIfAbsent(name, messageFactory, new ErrorsToSlf4jLogger(name, messageFactory));
            logger = loggers.getLogger(name, messageFactory);
        }
        return logger;
    }

    @Override
    public LoggerRegistry<ExtendedLogger> getLoggerRegistry() {
        return loggers;
    }

    @Override
    public boolean hasLogger(String name) {
        return loggers.hasLogger(name);
    }

    @Override
    public boolean hasLogger(String name, MessageFactory messageFactory) {
        return loggers.hasLogger(name, messageFactory);
    }

    @Override
    public boolean hasLogger(String name, Class<? extends MessageFactory> messageFactoryClass) {
        return loggers.hasLogger(name, messageFactoryClass);
    }
}
