-- Merchandising rules: how a growth manager steers a tenant's placements (exclude, require, boost, bury, pin,
-- promote), each with a CEL condition over the candidate item, optional placements and validity window.
-- The condition is stored as written; it was type-checked when saved and is compiled again on load.
CREATE TABLE merchandising_rules
(
    id          UUID PRIMARY KEY,
    tenant_id   UUID             NOT NULL REFERENCES tenants (id),
    name        VARCHAR(120)     NOT NULL,
    placements  VARCHAR(4000)    NOT NULL DEFAULT '',
    condition   VARCHAR(2048)    NOT NULL,
    action      VARCHAR(16)      NOT NULL CHECK (action IN ('exclude', 'require', 'boost', 'bury', 'pin', 'promote')),
    factor      DOUBLE PRECISION,
    product_id  VARCHAR(256),
    position    INT CHECK (position >= 1),
    max_slots   INT CHECK (max_slots >= 1),
    active_from TIMESTAMPTZ,
    active_to   TIMESTAMPTZ,
    enabled     BOOLEAN          NOT NULL,
    priority    INT              NOT NULL,
    created_at  TIMESTAMPTZ      NOT NULL,
    updated_at  TIMESTAMPTZ      NOT NULL,
    version     BIGINT           NOT NULL DEFAULT 0,
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to > active_from)
);

CREATE INDEX merchandising_rules_by_tenant ON merchandising_rules (tenant_id, priority, created_at);

-- The scheduler looks for windows that just opened or closed.
CREATE INDEX merchandising_rules_window_from ON merchandising_rules (active_from) WHERE active_from IS NOT NULL;
CREATE INDEX merchandising_rules_window_to ON merchandising_rules (active_to) WHERE active_to IS NOT NULL;
