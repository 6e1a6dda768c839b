-- Events: what shoppers do (views, clicks, carts, purchases, impressions, recommendation clicks).
-- Range-partitioned by the event's own timestamp, one partition a month, created ahead by the application
-- (there is deliberately no DEFAULT partition: it would block DETACH ... CONCURRENTLY and hide missing months).
-- The primary key is the dedup guarantee: a unique index must contain the partition key, and a retried event
-- keeps its timestamp, so (tenant, timestamp, dedup key) catches every retry whatever Redis remembers. Timestamp
-- before the (random) dedup key keeps inserts near the right edge of the index, and makes the key double as the
-- (tenant_id, ts) index of range reads.
-- Merchant ids are compared bytewise (COLLATE "C"): they need no linguistic order, and index inserts get cheaper.
CREATE TABLE events
(
    tenant_id   UUID         NOT NULL,
    ts          TIMESTAMPTZ  NOT NULL,
    dedup_key   UUID         NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    event_type  VARCHAR(24)  COLLATE "C" NOT NULL,
    user_id     VARCHAR(256) COLLATE "C" NOT NULL,
    product_id  VARCHAR(256) COLLATE "C",
    session_id  VARCHAR(256) COLLATE "C",
    event_id    VARCHAR(256) COLLATE "C",
    metadata    JSONB,
    PRIMARY KEY (tenant_id, ts, dedup_key)
) PARTITION BY RANGE (ts);

CREATE INDEX events_tenant_user_type_idx ON events (tenant_id, user_id, event_type);
CREATE INDEX events_tenant_product_idx ON events (tenant_id, product_id);

-- The first answer to a batch sent with an Idempotency-Key header, replayed to retries for a day.
CREATE TABLE event_batch_replies
(
    tenant_id       UUID         NOT NULL,
    idempotency_key VARCHAR(256) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    reply           TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, idempotency_key)
);
CREATE INDEX event_batch_replies_created_idx ON event_batch_replies (created_at);

-- Tenants whose retention differs from the default, as last seen by this module: the partition retention job
-- keeps every month that the longest of them still needs.
CREATE TABLE event_retention
(
    tenant_id      UUID PRIMARY KEY,
    retention_days INT         NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
