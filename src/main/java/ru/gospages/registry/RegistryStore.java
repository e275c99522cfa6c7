package ru.gospages.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.work.ReadAhead;
import ru.gospages.work.RecordInput;
import ru.gospages.work.RecordOutput;

/**
 * The registry of every period in the database, and which run's registry each period holds now.
 * A run writes its registry under its own job execution, in blocks of {@value #BLOCK_PAGES} pages
 * (compressed records, not a row per page: a million single-row inserts cost HSQLDB half a minute,
 * a hundred blocks a second), and {@link #completeRun} makes it the period's registry in one
 * transaction, so a run that fails or is killed never leaves a half-written registry behind.
 */
public class RegistryStore {

    static final int BLOCK_PAGES = 10_000;

    /** The run whose registry a period holds. */
    public record StoredRun(String period, long executionId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    public RegistryStore(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** The latest completed run of a period before {@code period}, if any. */
    public Optional<StoredRun> previousRun(String period) {
        List<StoredRun> runs = jdbc.query(sql.get("previousRun"), Map.of("period", period),
                (rs, n) -> new StoredRun(rs.getString(1).trim(), rs.getLong(2)));
        return runs.stream().findFirst();
    }

    /** Starts writing the registry of a run, replacing what the same execution wrote before. */
    public Writer replace(String period, long executionId) {
        jdbc.update(sql.get("deleteExecutionBlocks"), Map.of("period", period, "executionId", executionId));
        return new Writer(period, executionId);
    }

    /** The registry a run wrote, in the order it was written. */
    public Iterator<RegistryEntry> read(StoredRun run) {
        List<Integer> blocks = jdbc.queryForList(sql.get("blockNumbers"),
                Map.of("period", run.period(), "executionId", run.executionId()), Integer.class);
        return new Reader(run, blocks.iterator());
    }

    /** Makes the run's registry the period's registry and drops every other registry of the period. */
    public void completeRun(String period, long executionId, long duplicates, Instant completedAt) {
        jdbc.update(sql.get("clearRun"), Map.of("period", period));
        jdbc.update(sql.get("insertRun"), new MapSqlParameterSource().addValue("period", period)
                .addValue("jobExecutionId", executionId).addValue("duplicates", duplicates)
                .addValue("completedAt", Timestamp.from(completedAt)));
        jdbc.update(sql.get("deleteOtherBlocks"), Map.of("period", period, "executionId", executionId));
    }

    /** For each period with a completed run, the job execution whose results its registry holds. */
    public Map<String, Long> completedRuns() {
        Map<String, Long> runs = new LinkedHashMap<>();
        jdbc.query(sql.get("completedRuns"), Map.of(),
                (RowCallbackHandler) rs -> runs.put(rs.getString(1).trim(), rs.getLong(2)));
        return runs;
    }

    /** Collects pages into compressed blocks and inserts each full block. */
    public final class Writer implements AutoCloseable {
        private final String period;
        private final long executionId;
        private ByteArrayOutputStream bytes;
        private Deflater deflater;
        private RecordOutput block;
        private int pages;
        private int blockNo;

        private Writer(String period, long executionId) {
            this.period = period;
            this.executionId = executionId;
        }

        public void add(RegistryEntry page) {
            if (block == null) {
                bytes = new ByteArrayOutputStream(1 << 20);
                // the fastest level: a registry block is written once a month and read once
                deflater = new Deflater(Deflater.BEST_SPEED);
                block = RecordOutput.of(new DeflaterOutputStream(bytes, deflater, 1 << 16));
            }
            page.write(block);
            if (++pages == BLOCK_PAGES) {
                flush();
            }
        }

        private void flush() {
            if (block == null) {
                return;
            }
            block.close();
            deflater.end();
            jdbc.update(sql.get("insertBlock"), new MapSqlParameterSource().addValue("period", period)
                    .addValue("executionId", executionId).addValue("blockNo", blockNo++).addValue("pages", pages)
                    .addValue("data", bytes.toByteArray()));
            block = null;
            bytes = null;
            pages = 0;
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Reads the blocks of a run one at a time. */
    private final class Reader extends ReadAhead<RegistryEntry> {
        private final StoredRun run;
        private final Iterator<Integer> blocks;
        private RecordInput block;

        Reader(StoredRun run, Iterator<Integer> blocks) {
            this.run = run;
            this.blocks = blocks;
        }

        @Override
        protected RegistryEntry read() {
            RegistryEntry next = block == null ? null : RegistryEntry.read(block);
            while (next == null && blocks.hasNext()) {
                if (block != null) {
                    block.close();
                }
                byte[] data = jdbc.queryForObject(sql.get("block"), new MapSqlParameterSource().addValue("period", run.period())
                        .addValue("executionId", run.executionId()).addValue("blockNo", blocks.next()), byte[].class);
                block = RecordInput.of(new InflaterInputStream(new ByteArrayInputStream(data)), "registry " + run);
                next = RegistryEntry.read(block);
            }
            if (next == null && block != null) {
                block.close();
                block = null;
            }
            return next;
        }
    }
}
