-- gospages registry tables, portable SQL for HSQLDB and PostgreSQL. Spring Batch's own tables come
-- from spring-batch-core. On HSQLDB the tables are CACHED (rows on disk, not in memory) through the
-- URL property hsqldb.default_table_type=cached.
CREATE TABLE IF NOT EXISTS gp_municipality (
    oktmo VARCHAR(11) PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    ord INT NOT NULL
);
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
CREATE TABLE IF NOT EXISTS gp_staging_page (
    period CHAR(7) NOT NULL,
    ord BIGINT NOT NULL,
    file_ord INT NOT NULL,
    sheet VARCHAR(300) NOT NULL,
    row_no INT NOT NULL,
    col VARCHAR(4) NOT NULL,
    page_key VARCHAR(300) NOT NULL,
    page_url VARCHAR(400) NOT NULL,
    written_url VARCHAR(1000) NOT NULL,
    platform VARCHAR(20) NOT NULL,
    organization VARCHAR(2000) NOT NULL,
    inn VARCHAR(12) NOT NULL,
    ogrn VARCHAR(15) NOT NULL,
    org_type VARCHAR(200) NOT NULL,
    oktmo VARCHAR(11) NOT NULL,
    verified BOOLEAN NOT NULL,
    followers BIGINT
);
CREATE INDEX IF NOT EXISTS gp_staging_page_key ON gp_staging_page (period, page_key, ord);
CREATE INDEX IF NOT EXISTS gp_staging_page_file ON gp_staging_page (period, file_ord);
CREATE INDEX IF NOT EXISTS gp_staging_page_ord ON gp_staging_page (period, ord);
CREATE INDEX IF NOT EXISTS gp_staging_page_inn ON gp_staging_page (period, inn);
CREATE TABLE IF NOT EXISTS gp_exemption (
    period CHAR(7) NOT NULL,
    ord BIGINT NOT NULL,
    file_ord INT NOT NULL,
    organization VARCHAR(2000) NOT NULL,
    inn VARCHAR(12) NOT NULL,
    oktmo VARCHAR(11) NOT NULL,
    ground VARCHAR(2000) NOT NULL
);
CREATE INDEX IF NOT EXISTS gp_exemption_file ON gp_exemption (period, file_ord);
CREATE INDEX IF NOT EXISTS gp_exemption_inn ON gp_exemption (period, inn);
CREATE TABLE IF NOT EXISTS gp_problem (
    period CHAR(7) NOT NULL,
    file_ord INT NOT NULL,
    ord BIGINT NOT NULL,
    seq INT NOT NULL,
    file_name VARCHAR(2000) NOT NULL,
    sheet VARCHAR(300) NOT NULL,
    row_no INT NOT NULL,
    col VARCHAR(4) NOT NULL,
    cell_value VARCHAR(1000) NOT NULL,
    code VARCHAR(40) NOT NULL,
    severity VARCHAR(10) NOT NULL,
    message VARCHAR(4000) NOT NULL
);
CREATE INDEX IF NOT EXISTS gp_problem_file ON gp_problem (period, file_ord);
CREATE TABLE IF NOT EXISTS gp_registry (
    period CHAR(7) NOT NULL,
    page_key VARCHAR(300) NOT NULL,
    ord BIGINT NOT NULL,
    page_url VARCHAR(400) NOT NULL,
    platform VARCHAR(20) NOT NULL,
    organization VARCHAR(2000) NOT NULL,
    inn VARCHAR(12) NOT NULL,
    ogrn VARCHAR(15) NOT NULL,
    org_type VARCHAR(200) NOT NULL,
    oktmo VARCHAR(11) NOT NULL,
    verified BOOLEAN NOT NULL,
    followers BIGINT,
    last_reported CHAR(7) NOT NULL,
    carried_over BOOLEAN NOT NULL,
    PRIMARY KEY (period, page_key)
);
CREATE TABLE IF NOT EXISTS gp_change (
    period CHAR(7) NOT NULL,
    kind_ord INT NOT NULL,
    change_kind VARCHAR(12) NOT NULL,
    page_key VARCHAR(300) NOT NULL,
    page_url VARCHAR(400) NOT NULL,
    organization VARCHAR(2000) NOT NULL,
    inn VARCHAR(12) NOT NULL,
    oktmo VARCHAR(11) NOT NULL
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
