-- Teams: the members of a tenant with their role, and the invitations that make new members.
CREATE TABLE tenant_members
(
    id        UUID PRIMARY KEY,
    tenant_id UUID        NOT NULL REFERENCES tenants (id),
    admin_id  UUID        NOT NULL REFERENCES admins (id),
    role      VARCHAR(16) NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'DEVELOPER', 'ANALYST', 'VIEWER')),
    joined_at TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, admin_id)
);
CREATE INDEX tenant_members_admin_idx ON tenant_members (admin_id);

-- Every tenant's creator is its first owner: the existing ones now, every new one as its row is inserted (in the
-- same transaction, whichever code path creates it).
INSERT INTO tenant_members (id, tenant_id, admin_id, role, joined_at)
SELECT gen_random_uuid(), id, owner_id, 'OWNER', created_at
FROM tenants;

CREATE FUNCTION tenant_creator_is_owner() RETURNS trigger AS
$$
BEGIN
    INSERT INTO tenant_members (id, tenant_id, admin_id, role, joined_at)
    VALUES (gen_random_uuid(), NEW.id, NEW.owner_id, 'OWNER', NEW.created_at)
    ON CONFLICT (tenant_id, admin_id) DO NOTHING;
    RETURN NEW;
END
$$ LANGUAGE plpgsql
-- As the tables' owner: a tenant's first member row is written before any connection is scoped to the tenant
-- (row-level security, adr/0006-row-level-security.md).
   SECURITY DEFINER SET search_path = pg_catalog, public;

CREATE TRIGGER tenants_creator_is_owner
    AFTER INSERT
    ON tenants
    FOR EACH ROW
EXECUTE FUNCTION tenant_creator_is_owner();

-- An invitation's link holds a random token; only its SHA-256 is kept. One pending invitation per tenant and email:
-- inviting again revokes the earlier one.
CREATE TABLE team_invitations
(
    id          UUID PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES tenants (id),
    email       VARCHAR(320) NOT NULL,
    role        VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'DEVELOPER', 'ANALYST', 'VIEWER', 'OWNER')),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    invited_by  UUID         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    accepted_at TIMESTAMPTZ,
    accepted_by UUID,
    revoked_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX team_invitations_pending_idx ON team_invitations (tenant_id, email)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
