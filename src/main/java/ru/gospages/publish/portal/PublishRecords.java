package ru.gospages.publish.portal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import ru.gospages.publish.portal.tree.PublishedFile;

/**
 * The tables {@code gp_publish} and {@code gp_publish_file} (migration V5 in db/migration/common): one row per publish
 * and one per file it handled, with its SHA-256 and where it went, for {@code history} and for the
 * question "what is on the portal and since when".
 */
public class PublishRecords {

    /** A publish as {@code history} lists it. */
    public record PastPublish(long id, String period, String target, String destination, LocalDateTime startedAt,
                              LocalDateTime endedAt, String result, int sent, int same, String message) {
    }

    private static final int MAX_TEXT = 4000;

    private final NamedParameterJdbcTemplate jdbc;

    public PublishRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a publish and its files; returns its number. */
    public long save(PublishOutcome outcome) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO gp_publish (period, target, destination, started_at, ended_at, publish_result,
                    files_sent, files_same, message)
                VALUES (:period, :target, :destination, :startedAt, :endedAt, :result, :sent, :same, :message)""",
                new MapSqlParameterSource()
                        .addValue("period", outcome.period().toString())
                        .addValue("target", outcome.target().code())
                        .addValue("destination", cut(outcome.destination(), 2000))
                        .addValue("startedAt", Timestamp.from(outcome.startedAt()))
                        .addValue("endedAt", Timestamp.from(outcome.endedAt()))
                        .addValue("result", outcome.result().name())
                        .addValue("sent", count(outcome, PublishedFile.Action.SENT))
                        .addValue("same", count(outcome, PublishedFile.Action.SAME))
                        .addValue("message", cut(outcome.message(), MAX_TEXT)), keys);
        // HSQLDB returns the identity column, PostgreSQL every column: look the key up by name
        long id = keys.getKeyList().get(0).entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("publish_id"))
                .map(e -> ((Number) e.getValue()).longValue()).findFirst().orElseThrow();
        List<PublishedFile> files = outcome.files();
        MapSqlParameterSource[] rows = new MapSqlParameterSource[files.size()];
        for (int i = 0; i < files.size(); i++) {
            PublishedFile file = files.get(i);
            rows[i] = new MapSqlParameterSource().addValue("id", id).addValue("ord", i + 1)
                    .addValue("path", cut(file.path(), 1000)).addValue("sha256", file.sha256())
                    .addValue("bytes", file.bytes()).addValue("action", file.action().name())
                    .addValue("remote", cut(file.remote(), 2000));
        }
        jdbc.batchUpdate("""
                INSERT INTO gp_publish_file (publish_id, file_ord, file_path, sha256, bytes, file_action, remote)
                VALUES (:id, :ord, :path, :sha256, :bytes, :action, :remote)""", rows);
        return id;
    }

    /** The newest {@code limit} publishes (of one period, if given), newest first. */
    public List<PastPublish> latest(Optional<YearMonth> period, int limit) {
        return jdbc.query("""
                SELECT publish_id, period, target, destination, started_at, ended_at, publish_result,
                    files_sent, files_same, message
                FROM gp_publish WHERE (:period = '' OR period = :period)
                ORDER BY publish_id DESC""", Map.of("period", period.map(YearMonth::toString).orElse("")),
                (rs, n) -> new PastPublish(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime(), rs.getTimestamp(6).toLocalDateTime(), rs.getString(7),
                        rs.getInt(8), rs.getInt(9), rs.getString(10)))
                .stream().limit(limit).toList();
    }

    /** The files of one publish in the order they were handled: path, SHA-256, action, where it went. */
    public List<PublishedFile> files(long publishId) {
        return jdbc.query("""
                SELECT file_path, sha256, bytes, file_action, remote FROM gp_publish_file
                WHERE publish_id = :id ORDER BY file_ord""", Map.of("id", publishId),
                (rs, n) -> new PublishedFile(rs.getString(1), rs.getString(2).trim(), rs.getLong(3),
                        PublishedFile.Action.valueOf(rs.getString(4)), rs.getString(5)));
    }

    private static int count(PublishOutcome outcome, PublishedFile.Action action) {
        return (int) outcome.files().stream().filter(f -> f.action() == action).count();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
