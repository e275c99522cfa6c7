package ru.gospages.job;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that runs a period: host name, process id and the instant the process started. The
 * start instant tells a live owner from a later process that got the same id (after a reboot, or
 * in a container whose job is always process 1).
 */
public record RunOwner(String host, long pid, long processStarted) {

    /** Tolerance when comparing process start instants, which the OS reports in clock ticks. */
    private static final long START_TOLERANCE_MILLIS = 1000;

    /** This process. */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(hostName(), self.pid(), startMillis(self));
    }

    /**
     * True when this owner ran on {@code here}'s machine and that process is gone, or its process
     * id now belongs to another process. Owners on other machines cannot be checked (false): their
     * heartbeat decides.
     */
    public boolean isGoneOn(RunOwner here) {
        if (!host.equals(here.host) || equals(here)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        long started = startMillis(process.get());
        return processStarted != 0 && started != 0 && Math.abs(started - processStarted) > START_TOLERANCE_MILLIS;
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The kernel's host name on Linux (no DNS look-up, which can hang), else what Java resolves. */
    private static String hostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).trim();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
