package ru.gospages.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What happens along a run that its caller may want to show: runs a killed process left behind and
 * now marked failed, the start, a restart or an abandoned restart, and progress while the files are
 * read. Every method does nothing by default.
 */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** An execution of the period a killed process left "running" was marked failed, with the reason. */
    default void interrupted(long executionId, YearMonth period, Optional<LocalDateTime> started, String reason) {
    }

    /** The run of the period begins, reading this folder. */
    default void started(YearMonth period, Path input) {
    }

    /** The failed execution is restarted where it stopped. */
    default void restarting(long executionId, YearMonth period) {
    }

    /** The failed execution cannot be restarted (its work folder is gone); the period is computed anew. */
    default void abandoned(long executionId, YearMonth period) {
    }

    /** The files and rows read so far, called every few seconds while they move. */
    default void progress(RunProgress.Snapshot progress) {
    }
}
