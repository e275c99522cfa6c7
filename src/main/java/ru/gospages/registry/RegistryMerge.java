package ru.gospages.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Merges a period's staged page rows into its registry (SPEC 6.1) in one pass over the staging
 * table in page-key order, then input order: the first row of each key gives the page's values,
 * {@code verified} is true if any row says so, {@code followers} is the largest given; every later
 * row is handed on as a {@link RegistryRepository.Duplicate}. Registry rows are inserted in batches.
 * One ordered scan instead of GROUP BY and self-joins: on HSQLDB those took minutes at 1,000,000 rows.
 */
final class RegistryMerge {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    RegistryMerge(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Builds the registry of the period; returns the number of pages. */
    int merge(String period, Consumer<RegistryRepository.Duplicate> duplicates) {
        jdbc.update(sql.get("clearRegistry"), Map.of("period", period));
        Map<Integer, String> files = new HashMap<>();
        jdbc.query(sql.get("fileNames"), Map.of("period", period),
                (RowCallbackHandler) rs -> files.put(rs.getInt(1), rs.getString(2)));
        Pass pass = new Pass(period, files, duplicates);
        jdbc.query(sql.get("stagedInKeyOrder"), Map.of("period", period), (RowCallbackHandler) pass::row);
        pass.finish();
        return pass.pages;
    }

    /** The state of one pass: the first row of the current key and what later rows add to it. */
    private final class Pass {
        private final String period;
        private final Map<Integer, String> files;
        private final Consumer<RegistryRepository.Duplicate> duplicates;
        private final List<SqlParameterSource> batch = new ArrayList<>(BATCH);
        private MapSqlParameterSource first;
        private String key;
        private String firstInn;
        private String firstOktmo;
        private String firstFile;
        private String firstSheet;
        private int firstRow;
        private boolean verified;
        private Long followers;
        private int pages;

        Pass(String period, Map<Integer, String> files, Consumer<RegistryRepository.Duplicate> duplicates) {
            this.period = period;
            this.files = files;
            this.duplicates = duplicates;
        }

        void row(ResultSet rs) throws SQLException {
            String rowKey = rs.getString("page_key");
            long rowFollowers = rs.getLong("followers");
            Long followersValue = rs.wasNull() ? null : rowFollowers;
            if (!rowKey.equals(key)) {
                complete();
                start(rs, rowKey, followersValue);
                return;
            }
            verified |= rs.getBoolean("verified");
            if (followersValue != null && (followers == null || followersValue > followers)) {
                followers = followersValue;
            }
            int fileOrd = rs.getInt("file_ord");
            duplicates.accept(new RegistryRepository.Duplicate(rs.getLong("ord"), fileOrd, files.getOrDefault(fileOrd, ""),
                    rs.getString("sheet"), rs.getInt("row_no"), rs.getString("col"), rs.getString("page_url"),
                    rs.getString("written_url"), rs.getString("inn"), rs.getString("oktmo"), firstInn, firstOktmo,
                    firstFile, firstSheet, firstRow));
        }

        private void start(ResultSet rs, String rowKey, Long followersValue) throws SQLException {
            key = rowKey;
            verified = rs.getBoolean("verified");
            followers = followersValue;
            firstInn = rs.getString("inn");
            firstOktmo = rs.getString("oktmo");
            firstFile = files.getOrDefault(rs.getInt("file_ord"), "");
            firstSheet = rs.getString("sheet");
            firstRow = rs.getInt("row_no");
            first = new MapSqlParameterSource()
                    .addValue("period", period).addValue("pageKey", rowKey).addValue("ord", rs.getLong("ord"))
                    .addValue("pageUrl", rs.getString("page_url")).addValue("platform", rs.getString("platform"))
                    .addValue("organization", rs.getString("organization")).addValue("inn", firstInn)
                    .addValue("ogrn", rs.getString("ogrn")).addValue("orgType", rs.getString("org_type"))
                    .addValue("oktmo", firstOktmo);
        }

        /** Adds the page of the current key to the batch, with what every listing said. */
        private void complete() {
            if (first == null) {
                return;
            }
            batch.add(first.addValue("verified", verified).addValue("followers", followers));
            pages++;
            first = null;
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void finish() {
            complete();
            flush();
        }

        private void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(sql.get("insertRegistry"), batch.toArray(SqlParameterSource[]::new));
                batch.clear();
            }
        }
    }
}
