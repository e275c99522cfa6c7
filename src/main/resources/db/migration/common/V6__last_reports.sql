-- Migration 6: the organisation directory's memory (issue 15, SPEC 13). Portable SQL.
-- For each run that had an organisation directory, the latest period in which each organisation of
-- the directory reported (an accepted page row or an exemption row), so that a later period's
-- organizations-<period>.csv can say when an organisation that has stopped reporting last did. Kept
-- per job execution like the registry blocks: a run's rows count once it completes, and the
-- completing run drops the other runs' rows of its period.
CREATE TABLE IF NOT EXISTS gp_last_report (
    period CHAR(7) NOT NULL,
    job_execution_id BIGINT NOT NULL,
    inn VARCHAR(12) NOT NULL,
    last_reported CHAR(7) NOT NULL,
    PRIMARY KEY (period, job_execution_id, inn)
);
