-- An experiment may measure the lift of the merchandising rules: its variant arm is answered without them.
ALTER TABLE experiments ADD COLUMN variant_rules boolean NOT NULL DEFAULT true;
