import type { Stack } from "../../../scripts/lib/stack";

/** What every benchmark gets: one running product (PostgreSQL, seed, mail sink, `next start`), shared by all. */
export type BenchContext = {
  /** Base URL of the running app, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  stack: Stack;
  /** The seeded demo tenant (prisma/seed.ts) that benchmarks may sign in to and read. */
  demo: { agencySlug: string; ownerEmail: string; password: string };
  /** Progress for humans; goes to stderr so `--json` output stays clean. */
  log: (line: string) => void;
};

/**
 * One printed figure. `ratio` is figure / baseline: for throughput lower means slower than the baseline,
 * for latency higher means slower. Figures are reported, never asserted on (tests/bench prints, it does
 * not judge: timing on a shared 2-core machine is too noisy to gate on).
 */
export type BenchRow = {
  name: string;
  figure: number;
  unit: string;
  baselineName?: string;
  baseline?: number;
  ratio?: number;
  note?: string;
};

/** The contract of a `tests/bench/*.bench.ts` file. */
export type BenchModule = { bench: (ctx: BenchContext) => Promise<BenchRow[]> };
