package ru.gospages.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import ru.gospages.registry.Sql;

/**
 * HSQLDB's checkpoints (no statements on other databases): never automatic, because an automatic
 * checkpoint waits for every open transaction while intake partitions hold chunk transactions and
 * wait for each other in Spring Batch's DAO (a deadlock seen at a million rows); instead one
 * checkpoint when a run has ended and nothing else is running.
 */
public class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Sql sql;

    public Checkpoints(NamedParameterJdbcTemplate jdbc, Sql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Before a run: the database checkpoints only when told to. */
    public void onlyWhenTold() {
        sql.find("noAutomaticCheckpoint").ifPresent(statement -> jdbc.getJdbcTemplate().execute(statement));
    }

    /** After a run: the log applied to the data files, so the next start does not replay it. */
    public void checkpoint() {
        try {
            sql.find("checkpoint").ifPresent(statement -> jdbc.getJdbcTemplate().execute(statement));
        } catch (DataAccessException e) {
            // the run's results are committed; the log is applied at the next checkpoint or shutdown
            LOG.warn("Checkpoint after the run failed: {}", e.getMessage());
        }
    }
}
