// Runs the real Prisma CLI for migrations. Its native schema engine cannot be downloaded offline, so
// PRISMA_SCHEMA_ENGINE_BINARY points at our wasm stand-in (scripts/schema-engine.mjs); prisma.config.ts
// sets the same default, this just does not depend on it.
import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules/.bin/prisma");
const SCHEMA_ENGINE = path.join(ROOT, "scripts/schema-engine.mjs");

/** Applies the pending migrations in prisma/migrations; creates the database if it does not exist. */
export async function migrateDeploy(databaseUrl: string, opts: { log?: (line: string) => void } = {}): Promise<void> {
  await runPrisma(["migrate", "deploy"], { databaseUrl, log: opts.log });
}

/**
 * `prisma <args>` in the project root. Output goes line by line to `log` (and into the error when the
 * command fails); with `interactive` the command gets the terminal instead, for its prompts.
 */
export function runPrisma(
  args: string[],
  opts: { databaseUrl?: string; log?: (line: string) => void; interactive?: boolean } = {},
): Promise<void> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: SCHEMA_ENGINE,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1", // no version check over the network
  };
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  const child = spawn(PRISMA, args, { cwd: ROOT, env, stdio: opts.interactive ? "inherit" : "pipe" });

  const output: string[] = [];
  let partial = "";
  const collect = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      output.push(line);
      opts.log?.(line);
    }
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (partial) collect(Buffer.from("\n"));
      if (code === 0) return resolve();
      const status = signal ? `signal ${signal}` : `exit code ${code}`;
      reject(new Error(`prisma ${args.join(" ")} failed (${status})${output.length ? ":\n" + output.join("\n") : ""}`));
    });
  });
}
