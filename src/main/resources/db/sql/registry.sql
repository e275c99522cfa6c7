-- Registry statements by name (portable SQL; db/<database>/registry.sql overrides single ones).
-- Parameters are named (:period). Input order is the column ord (see InputOrder).

-- name: deleteMunicipalities
DELETE FROM gp_municipality

-- name: insertMunicipality
INSERT INTO gp_municipality (oktmo, name, kind, ord) VALUES (:oktmo, :name, :kind, :ord)

-- name: clearFiles
DELETE FROM gp_file WHERE period = :period

-- name: clearStaging
DELETE FROM gp_staging_page WHERE period = :period

-- name: clearExemptions
DELETE FROM gp_exemption WHERE period = :period

-- name: clearProblems
DELETE FROM gp_problem WHERE period = :period

-- name: clearRegistry
DELETE FROM gp_registry WHERE period = :period

-- name: clearChanges
DELETE FROM gp_change WHERE period = :period

-- name: clearRun
DELETE FROM gp_run WHERE period = :period

-- name: clearMergeProblems
DELETE FROM gp_problem WHERE period = :period AND code IN ('R-DUPLICATE', 'R-CONFLICT')

-- name: clearFileStaging
DELETE FROM gp_staging_page WHERE period = :period AND file_ord = :fileOrd

-- name: clearFileExemptions
DELETE FROM gp_exemption WHERE period = :period AND file_ord = :fileOrd

-- name: clearFileProblems
DELETE FROM gp_problem WHERE period = :period AND file_ord = :fileOrd

-- name: clearFile
DELETE FROM gp_file WHERE period = :period AND file_ord = :fileOrd

-- name: insertStagingPage
INSERT INTO gp_staging_page (period, ord, file_ord, sheet, row_no, col, page_key, page_url, written_url, platform,
    organization, inn, ogrn, org_type, oktmo, verified, followers)
VALUES (:period, :ord, :fileOrd, :sheet, :rowNo, :col, :pageKey, :pageUrl, :writtenUrl, :platform,
    :organization, :inn, :ogrn, :orgType, :oktmo, :verified, :followers)

-- name: insertExemption
INSERT INTO gp_exemption (period, ord, file_ord, organization, inn, oktmo, ground)
VALUES (:period, :ord, :fileOrd, :organization, :inn, :oktmo, :ground)

-- name: insertProblem
INSERT INTO gp_problem (period, file_ord, ord, seq, file_name, sheet, row_no, col, cell_value, code, severity, message)
VALUES (:period, :fileOrd, :ord, :seq, :fileName, :sheet, :rowNo, :col, :value, :code, :severity, :message)

-- name: insertFile
INSERT INTO gp_file (period, file_ord, file_name, rejected, rows_read, rows_accepted, rows_exempt)
VALUES (:period, :fileOrd, :fileName, :rejected, :rowsRead, :rowsAccepted, :rowsExempt)

-- name: fileNames
SELECT file_ord, file_name FROM gp_file WHERE period = :period

-- name: stagedInKeyOrder
-- The staged page rows by page key, then input order: RegistryMerge merges them in one pass.
SELECT ord, file_ord, sheet, row_no, col, page_key, page_url, written_url, platform, organization, inn, ogrn,
       org_type, oktmo, verified, followers
FROM gp_staging_page
WHERE period = :period
ORDER BY page_key, ord

-- name: insertRegistry
INSERT INTO gp_registry (period, page_key, ord, page_url, platform, organization, inn, ogrn, org_type, oktmo,
    verified, followers, last_reported, carried_over)
VALUES (:period, :pageKey, :ord, :pageUrl, :platform, :organization, :inn, :ogrn, :orgType, :oktmo,
    :verified, :followers, :period, FALSE)

-- name: previousRun
SELECT MAX(period) FROM gp_run WHERE period < :period

-- name: carryOver
-- Pages of the previous run whose organisation submitted nothing accepted now, reported recently enough.
INSERT INTO gp_registry (period, page_key, ord, page_url, platform, organization, inn, ogrn, org_type, oktmo,
    verified, followers, last_reported, carried_over)
SELECT :period, o.page_key, o.ord, o.page_url, o.platform, o.organization, o.inn, o.ogrn, o.org_type, o.oktmo,
    o.verified, o.followers, o.last_reported, TRUE
FROM gp_registry o
WHERE o.period = :previous
  AND o.last_reported >= :oldestReported
  AND NOT EXISTS (SELECT 1 FROM gp_staging_page s WHERE s.period = :period AND s.inn = o.inn)
  AND NOT EXISTS (SELECT 1 FROM gp_exemption e WHERE e.period = :period AND e.inn = o.inn)
  AND NOT EXISTS (SELECT 1 FROM gp_registry n WHERE n.period = :period AND n.page_key = o.page_key)

-- name: changesAdded
INSERT INTO gp_change (period, kind_ord, change_kind, page_key, page_url, organization, inn, oktmo)
SELECT :period, 0, 'added', n.page_key, n.page_url, n.organization, n.inn, n.oktmo
FROM gp_registry n
WHERE n.period = :period
  AND NOT EXISTS (SELECT 1 FROM gp_registry o WHERE o.period = :previous AND o.page_key = n.page_key)

-- name: changesRemoved
INSERT INTO gp_change (period, kind_ord, change_kind, page_key, page_url, organization, inn, oktmo)
SELECT :period, 1, 'removed', o.page_key, o.page_url, o.organization, o.inn, o.oktmo
FROM gp_registry o
WHERE o.period = :previous
  AND NOT EXISTS (SELECT 1 FROM gp_registry n WHERE n.period = :period AND n.page_key = o.page_key)

-- name: changesVerified
INSERT INTO gp_change (period, kind_ord, change_kind, page_key, page_url, organization, inn, oktmo)
SELECT :period, 2, 'verified', n.page_key, n.page_url, n.organization, n.inn, n.oktmo
FROM gp_registry n JOIN gp_registry o ON o.period = :previous AND o.page_key = n.page_key
WHERE n.period = :period AND n.verified = TRUE AND o.verified = FALSE

-- name: changesUnverified
INSERT INTO gp_change (period, kind_ord, change_kind, page_key, page_url, organization, inn, oktmo)
SELECT :period, 3, 'unverified', n.page_key, n.page_url, n.organization, n.inn, n.oktmo
FROM gp_registry n JOIN gp_registry o ON o.period = :previous AND o.page_key = n.page_key
WHERE n.period = :period AND n.verified = FALSE AND o.verified = TRUE

-- name: changeCounts
SELECT change_kind, COUNT(*) FROM gp_change WHERE period = :period GROUP BY change_kind

-- name: insertRun
INSERT INTO gp_run (period, job_execution_id, duplicates, completed_at) VALUES (:period, :jobExecutionId, :duplicates, :completedAt)

-- name: fileCounts
SELECT COUNT(*) AS files, SUM(CASE WHEN rejected THEN 1 ELSE 0 END) AS rejected_files,
       COALESCE(SUM(rows_read), 0) AS rows_read, COALESCE(SUM(rows_accepted), 0) AS rows_accepted,
       COALESCE(SUM(rows_exempt), 0) AS rows_exempt
FROM gp_file WHERE period = :period

-- name: problemCounts
SELECT code, COUNT(*) FROM gp_problem WHERE period = :period GROUP BY code

-- name: pageCounts
-- Pages and verified pages per municipality and platform.
SELECT oktmo, platform, COUNT(*) AS pages, SUM(CASE WHEN verified THEN 1 ELSE 0 END) AS verified
FROM gp_registry WHERE period = :period GROUP BY oktmo, platform

-- name: carriedOverCount
SELECT COUNT(*) FROM gp_registry WHERE period = :period AND carried_over = TRUE

-- name: organisationMunicipalities
-- Each organisation (INN) with the municipality of its first listing in input order.
SELECT x.inn, x.oktmo
FROM (SELECT inn, MIN(ord) AS first_ord
      FROM (SELECT inn, ord FROM gp_registry WHERE period = :period
            UNION ALL SELECT inn, ord FROM gp_exemption WHERE period = :period) u
      GROUP BY inn) f
JOIN (SELECT inn, ord, oktmo FROM gp_registry WHERE period = :period
      UNION ALL SELECT inn, ord, oktmo FROM gp_exemption WHERE period = :period) x
  ON x.inn = f.inn AND x.ord = f.first_ord

-- name: organisationPlatforms
SELECT DISTINCT inn, platform FROM gp_registry WHERE period = :period

-- name: exemptOrganisations
SELECT DISTINCT inn FROM gp_exemption WHERE period = :period

-- name: registryRows
-- The registry in publication order: municipality (reference order), organisation, page URL.
SELECT r.page_url, r.platform, r.organization, r.inn, r.ogrn, r.org_type, m.name AS municipality, r.oktmo,
       r.verified, r.followers, r.last_reported, r.carried_over
FROM gp_registry r JOIN gp_municipality m ON m.oktmo = r.oktmo
WHERE r.period = :period
ORDER BY m.ord, r.organization, r.page_url

-- name: problemRows
SELECT file_name, sheet, row_no, col, cell_value, code, severity, message
FROM gp_problem WHERE period = :period
ORDER BY ord, seq

-- name: rejections
-- The errors of the files rejected whole, in input order.
SELECT p.file_name, p.sheet, p.row_no, p.col, p.cell_value, p.code, p.severity, p.message
FROM gp_problem p JOIN gp_file f ON f.period = p.period AND f.file_ord = p.file_ord
WHERE p.period = :period AND f.rejected = TRUE AND p.severity = 'error'
ORDER BY p.ord, p.seq

-- name: changeRows
SELECT c.change_kind, c.page_url, c.organization, c.inn, m.name AS municipality
FROM gp_change c JOIN gp_municipality m ON m.oktmo = c.oktmo
WHERE c.period = :period
ORDER BY c.kind_ord, m.ord, c.organization, c.page_url

-- name: completedRuns
-- The job execution whose results are each period's registry now.
SELECT period, job_execution_id FROM gp_run

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
