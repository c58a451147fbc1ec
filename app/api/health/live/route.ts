// Liveness: the process answers, without touching the database (for load balancers and as the bare
// Next.js baseline of the benchmarks). Readiness with the database is GET /api/health.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
