-- Identity: admin accounts, refresh token families, password resets. Tokens are stored as SHA-256 hashes only.
CREATE TABLE admins
(
    id            UUID PRIMARY KEY,
    email         VARCHAR(320) NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);

CREATE TABLE refresh_tokens
(
    id              UUID PRIMARY KEY,
    family_id       UUID        NOT NULL,
    admin_id        UUID        NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    token_hash      VARCHAR(64) NOT NULL UNIQUE,
    access_token_id VARCHAR(64) NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ,
    revoked_at      TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_admin_idx ON refresh_tokens (admin_id);

CREATE TABLE password_reset_tokens
(
    id         UUID PRIMARY KEY,
    admin_id   UUID        NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
