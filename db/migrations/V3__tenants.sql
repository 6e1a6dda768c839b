-- Tenants: one row a merchant store, owned by one admin; configuration inline.
CREATE TABLE tenants
(
    id                  UUID PRIMARY KEY,
    owner_id            UUID         NOT NULL REFERENCES admins (id),
    name                VARCHAR(100) NOT NULL,
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED')),
    default_strategy    VARCHAR(40)  NOT NULL,
    allowed_origins     TEXT[]       NOT NULL DEFAULT '{}',
    exclude_purchased   BOOLEAN      NOT NULL DEFAULT TRUE,
    excluded_categories TEXT[]       NOT NULL DEFAULT '{}',
    retention_days      INT          NOT NULL DEFAULT 90,
    reads_per_minute    BIGINT,
    writes_per_minute   BIGINT,
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    deleted_at          TIMESTAMPTZ,
    purge_after         TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX tenants_owner_idx ON tenants (owner_id) WHERE status <> 'DELETED';
CREATE INDEX tenants_purge_idx ON tenants (purge_after) WHERE status = 'DELETED';
