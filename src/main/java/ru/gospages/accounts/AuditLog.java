package ru.gospages.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The audit trail ({@code gp_audit}): appended to, never changed. */
public class AuditLog {

    private static final int MAX_FILE_NAME = 500;
    private static final int MAX_RESULT = 1000;

    private final WebTables tables;
    private final Clock clock;

    public AuditLog(WebTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    public void record(String account, AuditEntry.Action action, String period, String fileName, String sha256, String result) {
        AuditEntry entry = new AuditEntry(clock.instant(), account, action, period, fileName, sha256, result);
        tables.jdbc().update(tables.sql().get("insertAudit"), new MapSqlParameterSource()
                .addValue("happenedAt", Timestamp.from(entry.at())).addValue("account", entry.account())
                .addValue("action", entry.action().label()).addValue("period", entry.period())
                .addValue("fileName", cut(entry.fileName(), MAX_FILE_NAME)).addValue("sha256", entry.sha256())
                .addValue("result", cut(entry.result(), MAX_RESULT)));
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return tables.jdbc().query(tables.sql().get("recentAudit"), new MapSqlParameterSource("limit", limit), (rs, n) -> new AuditEntry(
                rs.getTimestamp("happened_at").toInstant(), rs.getString("account_name"),
                AuditEntry.Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)), rs.getString("period"),
                rs.getString("file_name"), rs.getString("sha256"), rs.getString("result")));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
