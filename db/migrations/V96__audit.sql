-- The audit log: append-only for the application. A trigger stamps each entry with the time of its transaction
-- (so no entry can be back-dated), refuses every UPDATE and TRUNCATE, and lets a DELETE through only for entries
-- older than a year (the daily purge).
CREATE TABLE audit_entries
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor_id    UUID,
    actor_email VARCHAR(320),
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(32)  NOT NULL,
    target_id   VARCHAR(256) NOT NULL,
    changes     JSONB        NOT NULL DEFAULT '{}',
    request_id  VARCHAR(128),
    ip          VARCHAR(64)
);
CREATE INDEX audit_entries_tenant_idx ON audit_entries (tenant_id, id DESC);
CREATE INDEX audit_entries_at_idx ON audit_entries (at);

CREATE FUNCTION audit_entries_stamp() RETURNS trigger AS
$$
BEGIN
    NEW.at := now();
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS
$$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.at < now() - INTERVAL '1 year' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_entries is append-only: % refused (only entries older than a year may be deleted)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_entries_no_truncate() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only: TRUNCATE refused' USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entries_stamp
    BEFORE INSERT
    ON audit_entries
    FOR EACH ROW
EXECUTE FUNCTION audit_entries_stamp();

CREATE TRIGGER audit_entries_append_only
    BEFORE UPDATE OR DELETE
    ON audit_entries
    FOR EACH ROW
EXECUTE FUNCTION audit_entries_append_only();

CREATE TRIGGER audit_entries_no_truncate
    BEFORE TRUNCATE
    ON audit_entries
    FOR EACH STATEMENT
EXECUTE FUNCTION audit_entries_no_truncate();
