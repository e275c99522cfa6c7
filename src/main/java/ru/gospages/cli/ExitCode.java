package ru.gospages.cli;

/** Exit codes of the commands (SPEC 3). */
public final class ExitCode {
    /** completed; for {@code check}: no errors */
    public static final int OK = 0;
    /** failed; for {@code check}: errors found */
    public static final int FAILED = 1;
    /** usage error, bad period, missing input; for {@code check}: nothing readable */
    public static final int USAGE = 2;
    /** refused: a run of the same period is in progress */
    public static final int BUSY = 3;

    private ExitCode() {
    }
}
