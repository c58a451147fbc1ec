/**
 * What a request costs before any feature work: a bare Next.js route (the baseline), the same with one
 * database round trip, and a signed-in tRPC query (session JWT + membership lookup + superjson). Later
 * benchmarks compare against these to tell the framework's cost from their own.
 */
import { measureGet, type LoadFigures } from "./lib/load";
import { signIn } from "./lib/sign-in";
import type { BenchContext, BenchRow } from "./lib/types";

const CONNECTIONS = 10;
const SECONDS = 5;

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const cookie = await signIn(ctx.url, ctx.demo.ownerEmail, ctx.demo.password);
  const input = encodeURIComponent(JSON.stringify({ json: { agencySlug: ctx.demo.agencySlug } }));
  const trpcUrl = `${ctx.url}/api/trpc/agency.get?input=${input}`;
  await expectAgency(trpcUrl, cookie, ctx.demo.agencySlug);

  const targets: { name: string; url: string; headers: Record<string, string> }[] = [
    { name: "GET /api/health/live", url: `${ctx.url}/api/health/live`, headers: {} },
    { name: "GET /api/health", url: `${ctx.url}/api/health`, headers: {} },
    { name: "tRPC agency.get (signed in)", url: trpcUrl, headers: { cookie } },
  ];
  const measured: { name: string; figures: LoadFigures }[] = [];
  for (const t of targets) {
    ctx.log(`  ${t.name}: ${CONNECTIONS} connections, 1 s warm-up + ${SECONDS} s`);
    measured.push({ name: t.name, figures: await measureGet(t.url, { headers: t.headers, connections: CONNECTIONS, seconds: SECONDS }) });
  }

  const base = measured[0]!;
  const metrics = [
    { key: "rps", label: "req/s", unit: "req/s" },
    { key: "p50", label: "p50", unit: "ms" },
    { key: "p99", label: "p99", unit: "ms" },
  ] as const;
  return measured.flatMap(({ name, figures }) =>
    metrics.map(({ key, label, unit }) => ({
      name: `${name} ${label}`,
      figure: figures[key],
      unit,
      baselineName: "live",
      baseline: base.figures[key],
      ratio: base.figures[key] ? figures[key] / base.figures[key] : undefined,
      note: key === "rps" ? `${figures.requests} req, c=${CONNECTIONS}` : undefined,
    })),
  );
}

/** A benchmark of 401s or NOT_FOUNDs is worthless: make sure the query really returns the agency. */
async function expectAgency(url: string, cookie: string, slug: string) {
  const res = await fetch(url, { headers: { cookie } });
  const text = await res.text();
  let found: unknown;
  try {
    found = (JSON.parse(text) as { result?: { data?: { json?: { slug?: string } } } }).result?.data?.json?.slug;
  } catch {
    // not JSON: reported below
  }
  if (res.status !== 200 || found !== slug) {
    throw new Error(`agency.get answered ${res.status} without agency "${slug}" before the benchmark: ${text.slice(0, 300)}`);
  }
}
