-- Row-level security, the second wall between tenants (adr/0006-row-level-security.md): run as the owner after every
-- migrate by Flyway's afterMigrate callback (TenantTablesSecured in platform), so that a table added by any migration
-- is covered without editing this file. Every table of the schema
-- with a tenant_id column (partitions included) gets row-level security enabled and forced and two policies:
--   tenant_isolation  a row is visible and writable only when its tenant_id is the connection's
--                     recomengine.tenant_id setting (none set: no row at all);
--   maintenance       the maintenance role (no login; the application switches to it for the few lookups across
--                     tenants) sees and writes every row.
-- The application role gets the DML privileges on every table and sequence of the schema (it owns none), and so
-- does the maintenance role. Idempotent, and it changes (and locks) a table only when something is missing.

SELECT pg_advisory_xact_lock(hashtextextended('recomengine row-level security', 0));

CREATE OR REPLACE FUNCTION recomengine_secure_tenant_tables(app_role TEXT, maintenance_role TEXT)
    RETURNS SETOF REGCLASS
    LANGUAGE plpgsql
AS
$$
DECLARE
    t          REGCLASS;
    privileges TEXT;
    is_sequence BOOLEAN;
    -- The setting read in a sub-select: evaluated once per statement (an init plan), not once per row; a row-wise
    -- call made inserts a third slower and scans nearly three times slower than without row-level security.
    tenant_clause CONSTANT TEXT :=
            'tenant_id = (SELECT nullif(current_setting(''recomengine.tenant_id'', true), '''')::uuid)';
BEGIN
    FOR t IN
        SELECT c.oid::regclass
        FROM pg_class c
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
        ORDER BY c.relname
    LOOP
        IF NOT (SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE oid = t) THEN
            EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY', t);
        END IF;
        IF NOT EXISTS (SELECT FROM pg_policy WHERE polrelid = t AND polname = 'tenant_isolation') THEN
            EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)',
                           t, tenant_clause, tenant_clause);
        ELSIF EXISTS (SELECT FROM pg_policy WHERE polrelid = t AND polname = 'tenant_isolation'
                      AND position('SELECT' IN pg_get_expr(polqual, polrelid)) = 0) THEN
            -- a policy of an earlier version, with the row-wise setting
            EXECUTE format('ALTER POLICY tenant_isolation ON %s USING (%s) WITH CHECK (%s)',
                           t, tenant_clause, tenant_clause);
        END IF;
        IF NOT EXISTS (SELECT FROM pg_policy WHERE polrelid = t AND polname = 'maintenance') THEN
            EXECUTE format('CREATE POLICY maintenance ON %s TO %I USING (true) WITH CHECK (true)',
                           t, maintenance_role);
        END IF;
        RETURN NEXT t;
    END LOOP;
    -- Privileges on every table and sequence (Flyway's history excepted), granted where missing.
    FOR t, privileges IN
        SELECT c.oid::regclass,
               CASE c.relkind WHEN 'S' THEN 'USAGE, SELECT, UPDATE' ELSE 'SELECT, INSERT, UPDATE, DELETE' END
        FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'S')
          AND c.relname <> 'flyway_schema_history'
    LOOP
        is_sequence := privileges LIKE 'USAGE%';
        IF (is_sequence AND NOT (has_sequence_privilege(app_role, t, privileges)
                                 AND has_sequence_privilege(maintenance_role, t, privileges)))
            OR (NOT is_sequence AND NOT (has_table_privilege(app_role, t, privileges)
                                         AND has_table_privilege(maintenance_role, t, privileges))) THEN
            EXECUTE format('GRANT %s ON %s %s TO %I, %I', privileges,
                           CASE WHEN is_sequence THEN 'SEQUENCE' ELSE 'TABLE' END, t, app_role,
                           maintenance_role);
        END IF;
    END LOOP;
    IF NOT has_schema_privilege(app_role, current_schema(), 'USAGE')
        OR NOT has_schema_privilege(maintenance_role, current_schema(), 'USAGE') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', current_schema(), app_role, maintenance_role);
    END IF;
END;
$$;

SELECT count(*) FROM recomengine_secure_tenant_tables('${appRole}', '${maintenanceRole}');

REVOKE ALL ON FUNCTION recomengine_secure_tenant_tables(TEXT, TEXT) FROM PUBLIC;
