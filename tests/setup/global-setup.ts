import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabaseFromTemplate, databaseUrl, startEmbeddedPostgres } from "../../scripts/lib/embedded-db";
import { migrateDeploy } from "../../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

const TEMPLATE = "switchboard_template";

/**
 * One PostgreSQL for the whole run: the embedded server in a fresh directory, unless TEST_DATABASE_URL
 * names a server to use. The schema is migrated once into a template; each test file then gets its own
 * database copied from it (tests/setup/per-file-database.ts), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = databaseUrl(process.env.TEST_DATABASE_URL, "postgres");
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-test-pg-"));
    const pg = await startEmbeddedPostgres({ dataDir: dir });
    adminUrl = pg.adminUrl;
    stop = async () => {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await createDatabaseFromTemplate(adminUrl, TEMPLATE, "template0").catch(() => undefined);
  await migrateDeploy(databaseUrl(adminUrl, TEMPLATE));
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", TEMPLATE);
  return stop;
}
