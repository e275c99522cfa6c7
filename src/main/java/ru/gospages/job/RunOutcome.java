package ru.gospages.job;

/** How a request to run a period ended: completed with its result, refused because a run of it holds the lock, or failed. */
public sealed interface RunOutcome {

    /** The run completed (rows or files may have been rejected: see its problems). */
    record Completed(RunResult result) implements RunOutcome {
    }

    /** Not started: a live run of the period holds its lock. */
    record Busy(RunLockHolder holder) implements RunOutcome {
    }

    /** The run failed; the next run of the period restarts it. The reason is what a person can act on. */
    record Failed(String reason) implements RunOutcome {
    }
}
