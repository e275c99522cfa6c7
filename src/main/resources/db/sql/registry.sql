-- Statements by name (portable SQL; db/<database>/registry.sql may override single ones).
-- Parameters are named (:period).

-- name: clearFiles
DELETE FROM gp_file WHERE period = :period

-- name: clearFile
DELETE FROM gp_file WHERE period = :period AND file_ord = :fileOrd

-- name: insertFile
INSERT INTO gp_file (period, file_ord, file_name, rejected, rows_read, rows_accepted, rows_exempt)
VALUES (:period, :fileOrd, :fileName, :rejected, :rowsRead, :rowsAccepted, :rowsExempt)

-- name: files
SELECT file_ord, file_name, rejected FROM gp_file WHERE period = :period ORDER BY file_ord

-- name: fileCounts
SELECT COUNT(*) AS files, SUM(CASE WHEN rejected THEN 1 ELSE 0 END) AS rejected_files,
       COALESCE(SUM(rows_read), 0) AS rows_read, COALESCE(SUM(rows_accepted), 0) AS rows_accepted,
       COALESCE(SUM(rows_exempt), 0) AS rows_exempt
FROM gp_file WHERE period = :period

-- name: previousRun
-- The latest completed run before a period: its period and the execution whose registry it holds.
SELECT period, job_execution_id FROM gp_run
WHERE period = (SELECT MAX(period) FROM gp_run WHERE period < :period)

-- name: clearRun
DELETE FROM gp_run WHERE period = :period

-- name: insertRun
INSERT INTO gp_run (period, job_execution_id, duplicates, completed_at) VALUES (:period, :jobExecutionId, :duplicates, :completedAt)

-- name: completedRuns
-- The job execution whose results are each period's registry now.
SELECT period, job_execution_id FROM gp_run

-- name: insertBlock
INSERT INTO gp_registry_block (period, execution_id, block_no, pages, data)
VALUES (:period, :executionId, :blockNo, :pages, :data)

-- name: blockNumbers
SELECT block_no FROM gp_registry_block WHERE period = :period AND execution_id = :executionId ORDER BY block_no

-- name: block
SELECT data FROM gp_registry_block WHERE period = :period AND execution_id = :executionId AND block_no = :blockNo

-- name: deleteExecutionBlocks
DELETE FROM gp_registry_block WHERE period = :period AND execution_id = :executionId

-- name: deleteOtherBlocks
DELETE FROM gp_registry_block WHERE period = :period AND execution_id <> :executionId

-- Run locks and heartbeats (job.RunLocks). Times are the database's own clock, so that processes on
-- several machines compare heartbeats without trusting each other's clocks.

-- name: insertRunLock
INSERT INTO gp_run_lock (period, owner_host, owner_pid, owner_started, started_at, beat_at)
VALUES (:period, :host, :pid, :processStarted, LOCALTIMESTAMP, LOCALTIMESTAMP)

-- name: runLock
SELECT owner_host, owner_pid, owner_started, started_at, beat_at, LOCALTIMESTAMP AS db_now
FROM gp_run_lock WHERE period = :period

-- name: beatRunLock
UPDATE gp_run_lock SET beat_at = LOCALTIMESTAMP
WHERE period = :period AND owner_host = :host AND owner_pid = :pid AND owner_started = :processStarted

-- name: deleteRunLock
DELETE FROM gp_run_lock
WHERE period = :period AND owner_host = :host AND owner_pid = :pid AND owner_started = :processStarted

-- name: deleteExecutionLastReports
DELETE FROM gp_last_report WHERE period = :period AND job_execution_id = :executionId

-- name: insertLastReport
INSERT INTO gp_last_report (period, job_execution_id, inn, last_reported) VALUES (:period, :executionId, :inn, :lastReported)

-- name: lastReports
SELECT inn, last_reported FROM gp_last_report WHERE period = :period AND job_execution_id = :executionId

-- name: deleteOtherLastReports
DELETE FROM gp_last_report WHERE period = :period AND job_execution_id <> :executionId
