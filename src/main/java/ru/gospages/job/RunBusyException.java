package ru.gospages.job;

/** A live run holds the period's lock: the caller refuses to start (exit 3). */
public class RunBusyException extends Exception {

    private final transient RunLockHolder holder;

    public RunBusyException(RunLockHolder holder) {
        super("a run of " + holder.period() + " is in progress: process " + holder.owner().pid() + " on " + holder.owner().host());
        this.holder = holder;
    }

    public RunLockHolder holder() {
        return holder;
    }
}
