package ru.gospages.registry;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The latest period each organisation of the directory reported in, as of each run with a directory
 * ({@code gp_last_report}, SPEC 13's {@code last_reported}). Written under the run's job execution
 * and switched with its registry ({@link #keepOnly} when the run completes), so a failed run leaves
 * nothing a later period would read.
 */
public class LastReports {

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    public LastReports(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Replaces what this execution wrote for its period: INN → latest period reported. */
    public void write(String period, long executionId, Map<String, String> lastReported) {
        jdbc.update(sql.get("deleteExecutionLastReports"), Map.of("period", period, "executionId", executionId));
        MapSqlParameterSource[] rows = lastReported.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new MapSqlParameterSource().addValue("period", period).addValue("executionId", executionId)
                        .addValue("inn", e.getKey()).addValue("lastReported", e.getValue()))
                .toArray(MapSqlParameterSource[]::new);
        if (rows.length > 0) {
            jdbc.batchUpdate(sql.get("insertLastReport"), rows);
        }
    }

    /** What a completed run kept: INN → latest period reported (empty for a run without a directory). */
    public Map<String, String> of(RegistryStore.StoredRun run) {
        Map<String, String> reports = new HashMap<>();
        jdbc.query(sql.get("lastReports"), Map.of("period", run.period(), "executionId", run.executionId()),
                (RowCallbackHandler) rs -> reports.put(rs.getString(1).trim(), rs.getString(2).trim()));
        return reports;
    }

    /** The completing run's rows become its period's: every other run's rows of the period go. */
    public void keepOnly(String period, long executionId) {
        jdbc.update(sql.get("deleteOtherLastReports"), Map.of("period", period, "executionId", executionId));
    }
}
