package ru.gospages.registry;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.text.Lengths;

/**
 * The outcome of each submission file of a period ({@code gp_file}): written by its intake
 * partition when the file is done, read by the merge (which files, in which order, which rejected)
 * and by the summary (row counts).
 */
public class FileOutcomes {

    /** Row counts of a period's files. */
    public record Counts(long files, long rejectedFiles, long rowsRead, long rowsAccepted, long rowsExempt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    public FileOutcomes(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Forgets every file of the period, so the period can be computed anew. */
    public void clearPeriod(String period) {
        jdbc.update(sql.get("clearFiles"), Map.of("period", period));
    }

    /** Forgets one file (a restarted partition records its outcome again). */
    public void clearFile(String period, int fileOrd) {
        jdbc.update(sql.get("clearFile"), Map.of("period", period, "fileOrd", fileOrd));
    }

    public void write(String period, int fileOrd, String fileName, boolean rejected, long read, long accepted, long exempt) {
        jdbc.update(sql.get("insertFile"), new MapSqlParameterSource()
                .addValue("period", period).addValue("fileOrd", fileOrd).addValue("fileName", Lengths.fit(fileName, 2000))
                .addValue("rejected", rejected).addValue("rowsRead", read).addValue("rowsAccepted", accepted)
                .addValue("rowsExempt", exempt));
    }

    /** The files of the period in input order. */
    public List<FileOutcome> files(String period) {
        return jdbc.query(sql.get("files"), Map.of("period", period),
                (rs, n) -> new FileOutcome(rs.getInt("file_ord"), rs.getString("file_name"), rs.getBoolean("rejected")));
    }

    public Counts counts(String period) {
        return jdbc.queryForObject(sql.get("fileCounts"), Map.of("period", period), (rs, n) -> new Counts(
                rs.getLong("files"), rs.getLong("rejected_files"), rs.getLong("rows_read"),
                rs.getLong("rows_accepted"), rs.getLong("rows_exempt")));
    }
}
