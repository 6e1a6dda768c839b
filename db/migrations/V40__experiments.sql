-- Experiments: A/B tests per placement. Assignment is computed (SHA-256 buckets), never stored per user.
CREATE TABLE experiments
(
    id               UUID PRIMARY KEY,
    tenant_id        UUID         NOT NULL REFERENCES tenants (id),
    name             VARCHAR(100) NOT NULL,
    placement_id     VARCHAR(100) NOT NULL,
    control_strategy VARCHAR(40)  NOT NULL CHECK (control_strategy IN
        ('collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular')),
    variant_strategy VARCHAR(40)  NOT NULL CHECK (variant_strategy IN
        ('collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular')),
    traffic_split    INT          NOT NULL CHECK (traffic_split BETWEEN 1 AND 99),
    primary_metric   VARCHAR(24)  NOT NULL CHECK (primary_metric IN ('CTR', 'CONVERSION_RATE', 'REVENUE_PER_USER')),
    guardrail_metric VARCHAR(24) CHECK (guardrail_metric IN ('CTR', 'CONVERSION_RATE', 'REVENUE_PER_USER')),
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'RUNNING', 'PAUSED', 'COMPLETED')),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    started_at       TIMESTAMPTZ,
    completed_at     TIMESTAMPTZ,
    promoted_variant VARCHAR(16) CHECK (promoted_variant IN ('CONTROL', 'VARIANT')),
    promoted_at      TIMESTAMPTZ,
    version          BIGINT       NOT NULL DEFAULT 0,
    CHECK (guardrail_metric IS NULL OR guardrail_metric <> primary_metric),
    CHECK (status = 'DRAFT' OR started_at IS NOT NULL),
    CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
);
CREATE INDEX experiments_tenant_idx ON experiments (tenant_id, created_at DESC);
-- The second wall behind the service's check: at most one running experiment per placement.
CREATE UNIQUE INDEX experiments_one_running_per_placement ON experiments (tenant_id, placement_id)
    WHERE status = 'RUNNING';

-- The strategy a completed experiment promoted for its placement (read by the recommendation resolver).
CREATE TABLE placement_defaults
(
    tenant_id     UUID         NOT NULL REFERENCES tenants (id),
    placement_id  VARCHAR(100) NOT NULL,
    strategy      VARCHAR(40)  NOT NULL CHECK (strategy IN
        ('collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular')),
    experiment_id UUID REFERENCES experiments (id) ON DELETE SET NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, placement_id)
);
