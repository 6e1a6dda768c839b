-- Each generation's models also as one value (ModelPacking's binary layout: the item dictionary, every neighbour
-- table and ranked list), written in the same transaction as its rows, so that serving loads a tenant's models with
-- one query instead of a transaction over the item, neighbour and ranked tables. PostgreSQL compresses large values
-- on its own (TOAST). Generations stored before this table have no packed row and are read from the rows.
CREATE TABLE reco_packed
(
    tenant_id  UUID   NOT NULL,
    generation BIGINT NOT NULL,
    models     BYTEA  NOT NULL,
    PRIMARY KEY (tenant_id, generation)
);
