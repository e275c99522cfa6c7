package ru.gospages.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tally of each job execution in progress in this process, by execution id: the steps fill it,
 * {@link MonthlyRuns} takes it when the execution has ended.
 */
public class RunTallies {

    private final Map<Long, RunTally> byExecution = new ConcurrentHashMap<>();

    /** The tally of an execution, new at its first step. */
    public RunTally of(long executionId) {
        return byExecution.computeIfAbsent(executionId, id -> new RunTally());
    }

    /** Takes the tally of an ended execution out. */
    public Optional<RunTally> remove(long executionId) {
        return Optional.ofNullable(byExecution.remove(executionId));
    }
}
