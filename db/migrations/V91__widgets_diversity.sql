-- Diversity per placement: at most this many items of one category in the placement's list (NULL: no cap).
ALTER TABLE widgets ADD COLUMN max_per_category INT CHECK (max_per_category BETWEEN 1 AND 24);
