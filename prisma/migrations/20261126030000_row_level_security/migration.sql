-- Row-level security: a second wall behind the scoping every query already does by the procedure's context.
--
-- The app connects as the role that owns the tables (and runs migrations); as the owner it is not subject to
-- row-level security, which is what system work needs (webhooks before the tenant is known, jobs, the ACD loop).
-- Work done on behalf of one agency (every tRPC procedure of an agency or client portal, the voice webhook once
-- the number is resolved) runs each transaction as switchboard_app — a role without BYPASSRLS that owns nothing —
-- with the agency set per transaction (server/db/tenant.ts):
--   BEGIN; SET LOCAL ROLE switchboard_app; SELECT set_config('app.agency_id', '<agency id>', true)
-- and the policies below let it see and write only that agency's rows. A forgotten "where agencyId" then returns
-- nothing instead of another agency's data, and an insert into another agency fails.
--
-- Every table with a NOT NULL "agencyId" gets the policy (a test fails when a new one does not, see
-- tests/integration/row-level-security.test.ts); "Agency" itself by its id. Tables without an agency (users,
-- sessions, rate limits, the outbox and carrier/Stripe event logs whose agency is not known on arrival) stay
-- readable by the role through grants only.

DO $$
BEGIN
  CREATE ROLE switchboard_app NOLOGIN NOBYPASSRLS;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

-- The connecting role must be able to SET ROLE to it (a superuser always can).
DO $$
BEGIN
  EXECUTE format('GRANT switchboard_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;

GRANT USAGE ON SCHEMA public TO switchboard_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO switchboard_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO switchboard_app;
-- Tables and sequences created by later migrations (run by the same owner) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO switchboard_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO switchboard_app;

DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = 'public' AND c.column_name = 'agencyId' AND c.is_nullable = 'NO' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t.table_name);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I FOR ALL TO switchboard_app
         USING ("agencyId" = current_setting(''app.agency_id'', true))
         WITH CHECK ("agencyId" = current_setting(''app.agency_id'', true))',
      t.table_name);
  END LOOP;
END $$;

ALTER TABLE "Agency" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Agency" FOR ALL TO switchboard_app
  USING ("id" = current_setting('app.agency_id', true))
  WITH CHECK ("id" = current_setting('app.agency_id', true));
