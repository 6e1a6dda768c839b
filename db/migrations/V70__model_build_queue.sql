-- Model builds as a queue every instance works from. reco_state already holds, per tenant, when its models were
-- built and when its data last changed; a worker claims the stalest due tenant with FOR UPDATE SKIP LOCKED and
-- writes a lease (owner, token, until) that it renews while it builds. A lease that is not renewed (the instance
-- died or lost PostgreSQL) runs out and another instance takes the tenant over; the token fences the late writer,
-- whose generation is refused. Failures are retried with a growing delay and parked after repeated ones, with
-- the error kept for the tenant's integration-health page.
ALTER TABLE reco_state
    ADD COLUMN lease_owner  TEXT,
    ADD COLUMN lease_token  UUID,
    ADD COLUMN lease_until  TIMESTAMPTZ,
    ADD COLUMN attempts     INT NOT NULL DEFAULT 0,
    ADD COLUMN retry_at     TIMESTAMPTZ,
    ADD COLUMN failed_at    TIMESTAMPTZ,
    ADD COLUMN last_error   TEXT,
    ADD COLUMN parked_at    TIMESTAMPTZ,
    ADD COLUMN built_by     TEXT;

CREATE INDEX reco_state_stalest ON reco_state (built_at NULLS FIRST, changed_at);
