-- gospages tables, portable SQL for HSQLDB and PostgreSQL; db/migration/<database>/ holds what
-- differs (Spring Batch's tables in V1, the registry blocks' binary column in V3). IF NOT EXISTS:
-- a database made before the migrations (baselined at version 1) already has these tables.
-- On HSQLDB the tables are CACHED (rows on disk, not in memory) through the URL property
-- hsqldb.default_table_type=cached.
--
-- Rows, problems and changes of a run in progress are not here but in files of the run's work folder
-- (<output>/.work/<period>/): at a million rows a period, staging them here cost minutes on HSQLDB.
CREATE TABLE IF NOT EXISTS gp_file (
    period CHAR(7) NOT NULL,
    file_ord INT NOT NULL,
    file_name VARCHAR(2000) NOT NULL,
    rejected BOOLEAN NOT NULL,
    rows_read INT NOT NULL,
    rows_accepted INT NOT NULL,
    rows_exempt INT NOT NULL,
    PRIMARY KEY (period, file_ord)
);
CREATE TABLE IF NOT EXISTS gp_run (
    period CHAR(7) PRIMARY KEY,
    job_execution_id BIGINT NOT NULL,
    duplicates INT NOT NULL,
    completed_at TIMESTAMP NOT NULL
);
-- One row per period while a run of it is in progress (job.RunLocks): keeps runs of a period one at
-- a time across processes and carries the run's heartbeat. A killed run leaves its row behind; the
-- next run finds its owner process gone or its heartbeat old, and takes the row over.
CREATE TABLE IF NOT EXISTS gp_run_lock (
    period CHAR(7) PRIMARY KEY,
    owner_host VARCHAR(255) NOT NULL,
    owner_pid BIGINT NOT NULL,
    owner_started BIGINT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    beat_at TIMESTAMP NOT NULL
);
