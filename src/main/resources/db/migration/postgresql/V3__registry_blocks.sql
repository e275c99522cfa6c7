-- PostgreSQL: the registry of each run, in compressed blocks of pages (registry.RegistryStore).
CREATE TABLE IF NOT EXISTS gp_registry_block (
    period CHAR(7) NOT NULL,
    execution_id BIGINT NOT NULL,
    block_no INT NOT NULL,
    pages INT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (period, execution_id, block_no)
);
