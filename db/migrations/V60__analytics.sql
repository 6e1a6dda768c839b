-- Analytics: daily aggregates computed from the events table (the source of truth) by the nightly job, or again
-- for any day range through the recompute endpoint. A (tenant, day) is always replaced whole, in one transaction,
-- so a re-run gives the same rows. Dimensions are the event's own metadata ('-' when it named none); recommendation
-- revenue and conversions sit on the dimensions of the recommendation click that earned them.
CREATE TABLE analytics_daily
(
    tenant_id                    UUID         NOT NULL,
    day                          DATE         NOT NULL,
    placement_id                 VARCHAR(256) COLLATE "C" NOT NULL,
    strategy                     VARCHAR(256) COLLATE "C" NOT NULL,
    variant                      VARCHAR(256) COLLATE "C" NOT NULL,
    impressions                  BIGINT       NOT NULL,
    clicks                       BIGINT       NOT NULL,
    conversions                  BIGINT       NOT NULL,
    revenue_cents                BIGINT       NOT NULL,
    recommendation_conversions   BIGINT       NOT NULL,
    recommendation_revenue_cents BIGINT       NOT NULL,
    users                        BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, day, placement_id, strategy, variant)
);

-- One row per aggregated (tenant, day): the day's distinct users, buyers and sessions (not additive over
-- placements, so kept apart) and when it was computed. Its presence tells readers the day is in analytics_daily.
CREATE TABLE analytics_daily_totals
(
    tenant_id   UUID        NOT NULL,
    day         DATE        NOT NULL,
    events      BIGINT      NOT NULL,
    users       BIGINT      NOT NULL,
    buyers      BIGINT      NOT NULL,
    sessions    BIGINT      NOT NULL,
    computed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, day)
);

-- Per product and day, for top products.
CREATE TABLE analytics_daily_products
(
    tenant_id                    UUID         NOT NULL,
    day                          DATE         NOT NULL,
    product_id                   VARCHAR(256) COLLATE "C" NOT NULL,
    views                        BIGINT       NOT NULL,
    impressions                  BIGINT       NOT NULL,
    clicks                       BIGINT       NOT NULL,
    add_to_carts                 BIGINT       NOT NULL,
    conversions                  BIGINT       NOT NULL,
    revenue_cents                BIGINT       NOT NULL,
    recommendation_conversions   BIGINT       NOT NULL,
    recommendation_revenue_cents BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, day, product_id)
);

-- Past days that received events after they may have been aggregated (late or back-filled events): the stale-day
-- sweep recomputes them.
CREATE TABLE analytics_stale_days
(
    tenant_id UUID        NOT NULL,
    day       DATE        NOT NULL,
    marked_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, day)
);
