-- Statements of the web application's tables (accounts, tokens, failed logins, audit, hand-ins), by name; portable SQL.

-- name: insertAccount
INSERT INTO gp_account (name, password_hash, role, oktmo, enabled, created_at)
VALUES (:name, :passwordHash, :role, :oktmo, TRUE, :createdAt)

-- name: account
SELECT name, password_hash, role, oktmo, enabled, created_at FROM gp_account WHERE name = :name

-- name: accounts
SELECT name, password_hash, role, oktmo, enabled, created_at FROM gp_account ORDER BY name

-- name: disableAccount
UPDATE gp_account SET enabled = FALSE WHERE name = :name

-- name: enabledAccounts
SELECT COUNT(*) FROM gp_account WHERE enabled

-- name: insertToken
INSERT INTO gp_api_token (token_hash, account_name, created_at) VALUES (:tokenHash, :name, :createdAt)

-- name: tokenAccount
SELECT account_name FROM gp_api_token WHERE token_hash = :tokenHash

-- name: insertFailure
INSERT INTO gp_login_failure (name, failed_at) VALUES (:name, :failedAt)

-- name: forgetOldFailures
DELETE FROM gp_login_failure WHERE failed_at < :before

-- name: recentFailures
SELECT COUNT(*) AS failures, MAX(failed_at) AS last_failed FROM gp_login_failure WHERE name = :name AND failed_at >= :since

-- name: clearFailures
DELETE FROM gp_login_failure WHERE name = :name

-- name: insertAudit
INSERT INTO gp_audit (happened_at, account_name, action, period, file_name, sha256, result)
VALUES (:happenedAt, :account, :action, :period, :fileName, :sha256, :result)

-- name: recentAudit
SELECT happened_at, account_name, action, period, file_name, sha256, result FROM gp_audit ORDER BY id DESC LIMIT :limit

-- name: deleteHandIn
DELETE FROM gp_handin WHERE period = :period AND oktmo = :oktmo AND file_name = :fileName

-- name: insertHandIn
INSERT INTO gp_handin (period, oktmo, file_name, account_name, handed_at, rows_read, errors, warnings, sha256)
VALUES (:period, :oktmo, :fileName, :account, :handedAt, :rowsRead, :errors, :warnings, :sha256)

-- name: deleteHandInOrganizations
DELETE FROM gp_handin_org WHERE period = :period AND oktmo = :oktmo AND file_name = :fileName

-- name: insertHandInOrganization
INSERT INTO gp_handin_org (period, oktmo, file_name, inn) VALUES (:period, :oktmo, :fileName, :inn)

-- name: handInOrganizations
SELECT DISTINCT inn FROM gp_handin_org WHERE period = :period

-- name: handIns
SELECT period, oktmo, file_name, account_name, handed_at, rows_read, errors, warnings, sha256
FROM gp_handin WHERE period = :period ORDER BY oktmo, file_name
