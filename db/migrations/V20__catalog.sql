-- Catalog: each tenant's products. Writes are version-guarded (an older data_version never overwrites a newer one);
-- a deleted product stays as a tombstone (deleted_at set, with the delete's version) so that a late, older upsert
-- cannot bring it back. Tombstones are purged after a retention period. Bulk syncs rewrite many rows at once, so
-- the table is vacuumed and analysed after a smaller share of changes than the default.
-- pg_trgm (typo-tolerant term lookup) and btree_gin (tenant id inside GIN indexes) are trusted contrib extensions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE products
(
    tenant_id    UUID           NOT NULL REFERENCES tenants (id),
    product_id   VARCHAR(256)   NOT NULL,
    name         VARCHAR(500)   NOT NULL,
    category     VARCHAR(200),
    price        NUMERIC(14, 4) CHECK (price >= 0),
    currency     VARCHAR(3),
    image_url    VARCHAR(2048),
    url          VARCHAR(2048),
    attributes   JSONB          NOT NULL DEFAULT '{}',
    available    BOOLEAN        NOT NULL DEFAULT TRUE,
    data_version BIGINT         NOT NULL CHECK (data_version >= 0),
    created_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
    deleted_at   TIMESTAMPTZ,
    search       TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', name), 'A')
            || setweight(to_tsvector('english', coalesce(category, '')), 'B')) STORED,
    PRIMARY KEY (tenant_id, product_id)
) WITH (autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.02);
-- A small pending list (512 kB, not 4 MB): bulk writes still add to the GIN index in batches, but a search never
-- scans more than that of unmerged entries while waiting for autovacuum.
CREATE INDEX products_search_idx ON products USING gin (tenant_id, search) WITH (gin_pending_list_limit = 512)
    WHERE deleted_at IS NULL;
CREATE INDEX products_name_idx ON products (tenant_id, name) WHERE deleted_at IS NULL;
-- Category facet counts under availability and price filters come from this index alone (no heap visits).
CREATE INDEX products_facets_idx ON products (tenant_id, category, price, available) WHERE deleted_at IS NULL;
CREATE INDEX products_tombstones_idx ON products (deleted_at) WHERE deleted_at IS NOT NULL;

-- The words (stemmed lexemes) of a tenant's catalog, grown with every write: a misspelled search word is matched
-- against them by trigram similarity and replaced by the closest ones.
CREATE TABLE product_terms
(
    tenant_id UUID         NOT NULL,
    term      VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant_id, term)
);
CREATE INDEX product_terms_trgm_idx ON product_terms USING gin (tenant_id, term gin_trgm_ops);
