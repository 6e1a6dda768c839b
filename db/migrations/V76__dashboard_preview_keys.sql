-- The widget preview's publishable keys, one per tenant and dashboard session: revoked at logout, and by a sweep
-- once their session has ended (expired, or deleted by any instance), since shared sessions end without telling
-- the instance that issued the key.
CREATE TABLE dashboard_preview_keys (
    key_id     UUID        PRIMARY KEY,
    tenant_id  UUID        NOT NULL,
    admin_id   UUID        NOT NULL,
    session_id CHAR(36)    NOT NULL,
    issued_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX dashboard_preview_keys_session ON dashboard_preview_keys (session_id);
