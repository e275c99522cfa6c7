package ru.gospages.cli;

import java.sql.SQLException;

/**
 * Recognises HSQLDB refusing to open a file database that another process holds (its lock file):
 * with the embedded database that means another gospages process is running (exit 3).
 */
final class DatabaseInUse {

    /** HSQLDB's ErrorCode.LOCK_FILE_ACQUISITION_FAILURE, as JDBC reports it. */
    private static final int HSQLDB_LOCK_FAILURE = -451;

    private DatabaseInUse() {
    }

    static boolean isCause(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 30; depth++, t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == HSQLDB_LOCK_FAILURE) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("lock acquisition failure")) {
                return true;
            }
        }
        return false;
    }
}
