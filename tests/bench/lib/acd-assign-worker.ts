/**
 * One ACD assigner process for tests/bench/acd-assign.bench.ts: waits for "go" on stdin, then runs
 * assignWaitingCalls in a loop on its DATABASE_URL; each batch of offers is "answered" at once (offer
 * ACCEPTED, operator idle again) so that 1,000 operators can take 10,000 calls. Prints one JSON line.
 */
import { createInterface } from "node:readline";
import { assignWaitingCalls } from "../../../server/acd/assign";
import { db, disconnectDb } from "../../../server/db";

async function main() {
  await db.$queryRaw`SELECT 1`;
  process.stdout.write("ready\n");
  const input = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => input.once("line", () => resolve()));
  // An open stdin would keep this process alive after its work: the bench waits for it to exit.
  input.close();
  process.stdin.destroy();
  const started = performance.now();
  let offers = 0;
  let idleRounds = 0;
  for (;;) {
    const made = await assignWaitingCalls(db, { limit: 100 });
    offers += made.length;
    if (made.length) {
      idleRounds = 0;
      await db.$executeRaw`UPDATE "CallOffer" SET status = 'ACCEPTED', "respondedAt" = now() WHERE id = ANY(${made.map((m) => m.offerId)})`;
      await db.$executeRaw`UPDATE "OperatorProfile" SET "idleSince" = clock_timestamp() WHERE "userId" = ANY(${made.map((m) => m.operatorUserId)})`;
      continue;
    }
    const [left] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Call" WHERE "operatorUserId" IS NULL`;
    if (Number(left!.n) === 0 || ++idleRounds > 200) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  process.stdout.write(`${JSON.stringify({ offers, ms: performance.now() - started })}\n`);
  await disconnectDb();
}

void main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
