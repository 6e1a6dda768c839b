-- Widgets: how each placement of a tenant's store is drawn (layout, theme, items, CTA) and, optionally, which
-- recommendation strategy it asks for. One row a placement; the theme is a fixed set of design tokens.
CREATE TABLE widgets
(
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL REFERENCES tenants (id),
    placement_id         VARCHAR(100)  NOT NULL,
    title                VARCHAR(120),
    layout               VARCHAR(16)   NOT NULL CHECK (layout IN ('GRID', 'CAROUSEL', 'LIST')),
    columns              INT           NOT NULL CHECK (columns BETWEEN 1 AND 6),
    max_items            INT           NOT NULL CHECK (max_items BETWEEN 1 AND 24),
    show_price           BOOLEAN       NOT NULL,
    cta_text             VARCHAR(40),
    strategy             VARCHAR(40) CHECK (strategy IN
        ('collaborative', 'content_based', 'trending', 'frequently_bought_together', 'popular')),
    product_url_template VARCHAR(2048),
    locale               VARCHAR(35),
    theme_background     VARCHAR(7),
    theme_surface        VARCHAR(7),
    theme_text           VARCHAR(7),
    theme_muted_text     VARCHAR(7),
    theme_accent         VARCHAR(7),
    theme_accent_text    VARCHAR(7),
    theme_border         VARCHAR(7),
    theme_font           VARCHAR(120),
    theme_radius         INT CHECK (theme_radius BETWEEN 0 AND 32),
    created_at           TIMESTAMPTZ   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT widgets_one_per_placement UNIQUE (tenant_id, placement_id)
);
