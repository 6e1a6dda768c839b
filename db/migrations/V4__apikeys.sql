-- API keys: the key itself is never stored, only HMAC-SHA256(server secret, key) and a display prefix.
CREATE TABLE api_keys
(
    id             UUID PRIMARY KEY,
    tenant_id      UUID         NOT NULL REFERENCES tenants (id),
    name           VARCHAR(100) NOT NULL,
    type           VARCHAR(16)  NOT NULL CHECK (type IN ('SECRET', 'PUBLISHABLE')),
    permission     VARCHAR(16)  NOT NULL CHECK (permission IN ('READ', 'READ_WRITE', 'PUBLISHABLE')),
    display_prefix VARCHAR(32)  NOT NULL,
    key_hash       VARCHAR(64)  NOT NULL UNIQUE,
    created_by     UUID         NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    revoked_at     TIMESTAMPTZ,
    last_used_at   TIMESTAMPTZ
);
CREATE INDEX api_keys_tenant_idx ON api_keys (tenant_id, created_at DESC);
