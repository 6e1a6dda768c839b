-- The `auto` strategy (a blend of the others, tuned per tenant at each build). Its personal part is stored like any
-- neighbour table (reco_neighbours, strategy 'auto'); this keeps the rest of a generation's tuning: the chosen
-- blend and the holdout figures (JSON), and the generic part (item indexes of the generation's dictionary and
-- their scores, best first). Deleted with its generation.
CREATE TABLE reco_auto_tunings
(
    tenant_id  UUID        NOT NULL,
    generation BIGINT      NOT NULL,
    tuned_at   TIMESTAMPTZ NOT NULL,
    tuning     JSONB       NOT NULL,
    items      INT[]       NOT NULL,
    scores     REAL[]      NOT NULL,
    PRIMARY KEY (tenant_id, generation),
    FOREIGN KEY (tenant_id, generation) REFERENCES reco_generations (tenant_id, generation) ON DELETE CASCADE
);

-- `auto` may be named wherever a strategy is.
ALTER TABLE experiments
    DROP CONSTRAINT experiments_control_strategy_check,
    DROP CONSTRAINT experiments_variant_strategy_check,
    ADD CONSTRAINT experiments_control_strategy_check CHECK (control_strategy IN
        ('auto', 'collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular')),
    ADD CONSTRAINT experiments_variant_strategy_check CHECK (variant_strategy IN
        ('auto', 'collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular'));
ALTER TABLE placement_defaults
    DROP CONSTRAINT placement_defaults_strategy_check,
    ADD CONSTRAINT placement_defaults_strategy_check CHECK (strategy IN
        ('auto', 'collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular'));
ALTER TABLE widgets
    DROP CONSTRAINT widgets_strategy_check,
    ADD CONSTRAINT widgets_strategy_check CHECK (strategy IN
        ('auto', 'collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular'));
