-- PostgreSQL overrides of db/sql/registry.sql: sort text by code point (COLLATE "C"), as HSQLDB does,
-- so that both databases publish rows in the same order.

-- name: registryRows
SELECT r.page_url, r.platform, r.organization, r.inn, r.ogrn, r.org_type, m.name AS municipality, r.oktmo,
       r.verified, r.followers, r.last_reported, r.carried_over
FROM gp_registry r JOIN gp_municipality m ON m.oktmo = r.oktmo
WHERE r.period = :period
ORDER BY m.ord, r.organization COLLATE "C", r.page_url COLLATE "C"

-- name: changeRows
SELECT c.change_kind, c.page_url, c.organization, c.inn, m.name AS municipality
FROM gp_change c JOIN gp_municipality m ON m.oktmo = c.oktmo
WHERE c.period = :period
ORDER BY c.kind_ord, m.ord, c.organization COLLATE "C", c.page_url COLLATE "C"
