-- Rotation per placement: the products a shopper was shown (impressions) within rotation_hours have their score
-- multiplied by 1 - rotation_strength (NULL hours: no rotation; the strength is set exactly when the hours are).
ALTER TABLE widgets
    ADD COLUMN rotation_hours    INT CHECK (rotation_hours BETWEEN 1 AND 720),
    ADD COLUMN rotation_strength DOUBLE PRECISION CHECK (rotation_strength BETWEEN 0 AND 1),
    ADD CONSTRAINT widgets_rotation_whole CHECK ((rotation_hours IS NULL) = (rotation_strength IS NULL));
