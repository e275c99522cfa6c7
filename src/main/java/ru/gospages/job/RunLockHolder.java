package ru.gospages.job;

import java.time.Duration;
import java.time.LocalDateTime;

/** Who holds the run lock of a period: the owner process, when it started, how long since its last heartbeat. */
public record RunLockHolder(String period, RunOwner owner, LocalDateTime startedAt, Duration sinceHeartbeat) {

    /**
     * A holder is dead when its process is gone from this machine, or when it has not beaten for
     * {@code staleAfter} (a process on another machine, or one that hangs).
     */
    public boolean isDead(RunOwner here, Duration staleAfter) {
        return owner.isGoneOn(here) || sinceHeartbeat.compareTo(staleAfter) > 0;
    }
}
