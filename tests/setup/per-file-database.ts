import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from "../../scripts/lib/embedded-db";

// Each test file gets its own database made from the migrated template, before any server module reads
// DATABASE_URL (server/env.ts reads it lazily).
const name = `t_${randomBytes(6).toString("hex")}`;
const adminUrl = inject("pgAdminUrl");
await createDatabaseFromTemplate(adminUrl, name, inject("pgTemplate"));
process.env.DATABASE_URL = databaseUrl(adminUrl, name);
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.PUBLIC_URL ??= "http://localhost:3999";
process.env.TWILIO_AUTH_TOKEN ??= "test-twilio-auth-token-0123456789";

afterAll(async () => {
  const { disconnectDb } = await import("../../server/db");
  await disconnectDb();
  await dropDatabase(adminUrl, name).catch(() => undefined);
});
