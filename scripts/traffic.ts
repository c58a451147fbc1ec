/**
 * `npm run traffic -- [--numbers +74955550101,+18005550199] [--rate 10] [--count 50] [--seconds 600]
 * [--digits 1,2,] [--url http://127.0.0.1:3010]`: Poisson call arrivals from the carrier emulator to our
 * numbers (all the emulator owns unless --numbers), with live progress until every call has ended.
 * Ctrl-C stops new arrivals.
 */
import "dotenv/config";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.CARRIER_EMULATOR_URL ?? "http://127.0.0.1:3010" },
    numbers: { type: "string" },
    rate: { type: "string", default: "10" },
    count: { type: "string", default: "50" },
    seconds: { type: "string", default: "600" },
    digits: { type: "string" },
    seed: { type: "string" },
  },
});
const base = values.url!.replace(/\/$/, "");

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
  const json = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(json.message ?? `${method} ${path} answered ${response.status}`);
  return json;
}

type Run = { id: string; status: string; placed: number; active: number; skipped: number; byStatus: Record<string, number>; errors: string[] };

async function main() {
  let numbers = values.numbers?.split(",").map((n) => n.trim()).filter(Boolean);
  if (!numbers?.length) {
    const owned = await api<{ numbers: { e164: string }[] }>("GET", "/emulator/numbers");
    numbers = owned.numbers.map((n) => n.e164);
    if (!numbers.length) throw new Error("the emulator owns no numbers: start the app first, or pass --numbers");
  }
  const request = {
    numbers, callsPerMinute: Number(values.rate), maxCalls: Number(values.count), maxSeconds: Number(values.seconds),
    ...(values.digits !== undefined ? { digits: values.digits.split(",") } : {}),
    ...(values.seed ? { seed: Number(values.seed) } : {}),
  };
  const { id } = await api<{ id: string }>("POST", "/emulator/traffic", request);
  console.log(`traffic ${id}: ${request.callsPerMinute}/min to ${numbers.join(", ")}, at most ${request.maxCalls} calls in ${request.maxSeconds} s`);
  process.on("SIGINT", () => {
    void api("DELETE", `/emulator/traffic/${id}`).then(() => console.log("\nstopped: no new calls; calls in progress continue"));
  });
  for (;;) {
    const run = await api<Run>("GET", `/emulator/traffic/${id}`);
    const statuses = Object.entries(run.byStatus).map(([s, n]) => `${s} ${n}`).join(", ");
    process.stdout.write(`\r${run.status}: placed ${run.placed}, on the line ${run.active}, skipped ${run.skipped}${statuses ? ` — ${statuses}` : ""}   `);
    if (run.status !== "running" && run.active === 0) {
      console.log(run.errors.length ? `\nerrors: ${run.errors.join("; ")}` : "\ndone");
      return;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

main().catch((error) => {
  console.error(`traffic: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
