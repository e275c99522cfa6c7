/**
 * Accounts of the web application and the API (SPEC 10.1): officers and operators in the database,
 * API tokens stored hashed, failed logins that lock a name for a while, and the audit trail of what
 * people did. One repository class per table; the SQL is in {@code db/sql/web.sql}.
 */
package ru.gospages.accounts;
