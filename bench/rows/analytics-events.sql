-- One UTC day of bench events for one tenant, generated inside PostgreSQL (no round trip per row): :n events spread
-- evenly over the day, none after now(). Row n's type is n % 100: 0-44 view, 45-74 impression, 75-79 click,
-- 80-84 recommendation_click, 85-94 add_to_cart, 95-99 purchase; users and products are spread by multiplicative
-- hashing over 50 000 shoppers and 5 000 products; half the purchases are of the product their buyer clicked in a
-- recommendation 15 rows (about 12 s) earlier, so that recommendation revenue is not empty.
INSERT INTO events (tenant_id, ts, dedup_key, event_type, user_id, product_id, session_id, metadata)
SELECT :'tenant'::uuid, ts, gen_random_uuid(), kind, 'u-' || u, 'p-' || p, 's-' || u || '-' || (:'day'::date - date '2020-01-01'),
       CASE
           WHEN kind IN ('impression', 'click', 'recommendation_click') AND n % 4 <> 0 THEN jsonb_build_object(
               'placementId', (ARRAY['home', 'pdp', 'cart'])[1 + n % 3],
               'strategy', (ARRAY['popular', 'trending', 'collaborative', 'content_based'])[1 + (n / 3) % 4],
               'variant', (ARRAY['control', 'variant'])[1 + (n / 7) % 2],
               'recommendationId', 'r-' || n)
           WHEN kind = 'purchase' THEN jsonb_build_object('revenue', round((5 + (n * 37) % 200)::numeric + 0.99, 2),
                                                          'currency', 'EUR', 'orderId', 'o-' || n)
       END
FROM (
    SELECT n, :'day'::timestamptz + make_interval(secs => n * 86400.0 / :n) AS ts,
           CASE
               WHEN n % 100 < 45 THEN 'view'
               WHEN n % 100 < 75 THEN 'impression'
               WHEN n % 100 < 80 THEN 'click'
               WHEN n % 100 < 85 THEN 'recommendation_click'
               WHEN n % 100 < 95 THEN 'add_to_cart'
               ELSE 'purchase'
           END AS kind,
           CASE WHEN n % 100 >= 95 AND n % 2 = 0 THEN ((n - 15) * 7919) % 50000 ELSE (n * 7919) % 50000 END AS u,
           CASE WHEN n % 100 >= 95 AND n % 2 = 0 THEN ((n - 15) * 104729) % 5000 ELSE (n * 104729) % 5000 END AS p
    FROM generate_series(0::bigint, :n - 1) AS n
) AS rows
WHERE ts < now();
