-- Recommendations: each tenant's models, one generation per build. A build writes a whole new generation (its
-- item dictionary, neighbour tables and ranked lists) and switches reco_state.generation to it in the same
-- transaction, so a reader that reads the pointer and then the rows in one snapshot never sees half a model.
-- Older generations are deleted after the switch. Items are stored as indexes into the generation's dictionary:
-- a neighbour table row is one item's neighbours and weights, strongest first.

CREATE SEQUENCE reco_generation_seq;

-- Per tenant: the generation served, when it was built (as of), and the last change seen (an interaction or a
-- catalog change), which tells the build job whom to rebuild.
CREATE TABLE reco_state
(
    tenant_id  UUID PRIMARY KEY,
    generation BIGINT,
    built_at   TIMESTAMPTZ,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE reco_generations
(
    tenant_id    UUID        NOT NULL,
    generation   BIGINT      NOT NULL,
    as_of        TIMESTAMPTZ NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    interactions BIGINT      NOT NULL,
    users        INT         NOT NULL,
    items        INT         NOT NULL,
    build_millis BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, generation)
);

CREATE TABLE reco_items
(
    tenant_id  UUID         NOT NULL,
    generation BIGINT       NOT NULL,
    item       INT          NOT NULL,
    product_id VARCHAR(256) COLLATE "C" NOT NULL,
    PRIMARY KEY (tenant_id, generation, item)
);

CREATE TABLE reco_neighbours
(
    tenant_id  UUID        NOT NULL,
    generation BIGINT      NOT NULL,
    strategy   VARCHAR(32) NOT NULL,
    item       INT         NOT NULL,
    neighbours INT[]       NOT NULL,
    weights    REAL[]      NOT NULL,
    PRIMARY KEY (tenant_id, generation, strategy, item)
);

CREATE TABLE reco_ranked
(
    tenant_id  UUID        NOT NULL,
    generation BIGINT      NOT NULL,
    strategy   VARCHAR(32) NOT NULL,
    items      INT[]       NOT NULL,
    scores     REAL[]      NOT NULL,
    PRIMARY KEY (tenant_id, generation, strategy)
);
