// npm run rollups:rebuild [-- --agency <slug>]: recomputes the report rollups (CallRollup and CallRollupDay) from the calls,
// for every agency or one. Safe while the app runs: each agency is rebuilt in one transaction, and a call
// finishing meanwhile waits on its row and is then found already added.
import { config } from "dotenv";
import { withAppDatabase } from "./lib/embedded-db";

config({ quiet: true });

async function main(url: string) {
  process.env.DATABASE_URL = url;
  const { db, disconnectDb } = await import("../server/db");
  const { rebuildRollups } = await import("../server/reports/rollups");
  try {
    const slugAt = process.argv.indexOf("--agency");
    let agencyId: string | undefined;
    if (slugAt > 0) {
      const agency = await db.agency.findUnique({ where: { slug: process.argv[slugAt + 1] ?? "" }, select: { id: true } });
      if (!agency) throw new Error(`No agency with slug ${process.argv[slugAt + 1]}`);
      agencyId = agency.id;
    }
    const started = Date.now();
    const { agencies, calls } = await rebuildRollups(db, { agencyId });
    console.log(`rollups rebuilt: ${calls} call(s) in ${agencies} agenc${agencies === 1 ? "y" : "ies"}, ${Date.now() - started} ms`);
  } finally {
    await disconnectDb();
  }
}

withAppDatabase(main).then(
  () => process.exit(0),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
