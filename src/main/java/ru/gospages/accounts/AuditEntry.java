package ru.gospages.accounts;

import java.time.Instant;

/**
 * One line of the audit trail: who did what, when, for which period and file (with the file's
 * SHA-256), and how it ended. Empty strings where a field does not apply.
 */
public record AuditEntry(Instant at, String account, Action action, String period, String fileName, String sha256,
                         String result) {

    /** What was done (SPEC 10.1). */
    public enum Action {
        UPLOAD, HANDIN, REPLACE, RUN, RUN_END, PUBLISH;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AuditEntry {
        period = period == null ? "" : period;
        fileName = fileName == null ? "" : fileName;
        sha256 = sha256 == null ? "" : sha256;
        result = result == null ? "" : result;
    }
}
