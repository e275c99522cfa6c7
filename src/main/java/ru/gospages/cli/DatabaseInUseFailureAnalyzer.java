package ru.gospages.cli;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Turns HSQLDB's "lock acquisition failure" at start-up into Spring Boot's short "failed to start"
 * report instead of a page of stack trace: it is an expected refusal (another gospages process
 * holds the embedded database), and the command prints its Russian message and exits 3 after it.
 */
public final class DatabaseInUseFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        if (!DatabaseInUse.isCause(failure)) {
            return null;
        }
        return new FailureAnalysis(
                "The embedded HSQLDB database is held by another process (its .lck file): another gospages process is running.",
                "Wait until the other process ends, then start again. Only one process at a time can use the embedded database; "
                        + "with PostgreSQL, runs of different periods can go side by side.",
                failure);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
