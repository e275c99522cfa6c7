-- Migration 7: the organisations each handed-in file reports for (SPEC 10.3). Portable SQL.
-- The board of the month lists the organisations expected but not yet submitted: an organisation is
-- submitted once a file handed in for the period has an accepted page row or an exemption row with
-- its INN. Kept per hand-in and replaced with it.
CREATE TABLE IF NOT EXISTS gp_handin_org (
    period CHAR(7) NOT NULL,
    oktmo VARCHAR(20) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    inn VARCHAR(12) NOT NULL,
    PRIMARY KEY (period, oktmo, file_name, inn)
);
