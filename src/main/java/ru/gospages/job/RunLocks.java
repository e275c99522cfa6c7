package ru.gospages.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.registry.Sql;

/**
 * One run per period at a time, across processes and machines that share the database: a run
 * inserts the period's row into {@code gp_run_lock} (the primary key makes this atomic), beats on
 * it while it runs and deletes it at the end. A row left by a killed run is taken over once its
 * holder is dead ({@link RunLockHolder#isDead}).
 */
public class RunLocks {

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;
    private final RunOwner here;
    private final Duration heartbeat;
    private final Duration staleAfter;

    public RunLocks(NamedParameterJdbcTemplate jdbc, Sql sql, RunOwner here, Duration heartbeat, Duration staleAfter) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.here = here;
        this.heartbeat = heartbeat;
        this.staleAfter = staleAfter;
    }

    /**
     * Takes the lock of a period and starts its heartbeat; a lock of a dead holder is taken over
     * (the returned lock names it). Throws when a live run holds it.
     */
    public RunLock acquire(String period) throws RunBusyException {
        RunLockHolder takenOver = null;
        // more attempts cover a dead holder removed just now, or a live one that finished meanwhile
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                jdbc.update(sql.get("insertRunLock"), owner(period, here));
                return new RunLock(this, period, here, heartbeat, Optional.ofNullable(takenOver));
            } catch (DuplicateKeyException held) {
                Optional<RunLockHolder> holder = holder(period);
                if (holder.isEmpty()) {
                    continue;
                }
                if (!holder.get().isDead(here, staleAfter)) {
                    throw new RunBusyException(holder.get());
                }
                takenOver = holder.get();
                release(period, takenOver.owner());
            }
        }
        throw new IllegalStateException("The run lock of " + period + " changes hands too fast to be taken");
    }

    /** The current holder of a period's lock, if any. */
    public Optional<RunLockHolder> holder(String period) {
        return jdbc.query(sql.get("runLock"), Map.of("period", period), (ResultSet rs) ->
                rs.next() ? Optional.of(holder(period, rs)) : Optional.<RunLockHolder>empty());
    }

    /** Renews the heartbeat; false when the row is no longer this owner's (another run took it over). */
    boolean beat(String period, RunOwner owner) {
        return jdbc.update(sql.get("beatRunLock"), owner(period, owner)) == 1;
    }

    void release(String period, RunOwner owner) {
        jdbc.update(sql.get("deleteRunLock"), owner(period, owner));
    }

    private static RunLockHolder holder(String period, ResultSet rs) throws SQLException {
        RunOwner owner = new RunOwner(rs.getString("owner_host"), rs.getLong("owner_pid"), rs.getLong("owner_started"));
        Duration since = Duration.between(rs.getTimestamp("beat_at").toLocalDateTime(), rs.getTimestamp("db_now").toLocalDateTime());
        return new RunLockHolder(period, owner, rs.getTimestamp("started_at").toLocalDateTime(), since);
    }

    private static MapSqlParameterSource owner(String period, RunOwner owner) {
        return new MapSqlParameterSource().addValue("period", period).addValue("host", owner.host())
                .addValue("pid", owner.pid()).addValue("processStarted", owner.processStarted());
    }
}
