import { env } from "@/server/env";

export const dynamic = "force-dynamic";

// The benchmark's baseline (tests/bench/voice-webhook.bench.ts): what a Next.js route answering constant
// TwiML costs, with no signature check, no parsing and no database. 404 unless BENCH_ROUTES=1.
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="ru-RU">Здравствуйте!</Say><Enqueue>bench</Enqueue></Response>';

export async function POST() {
  if (env().BENCH_ROUTES !== "1") return new Response("Not found", { status: 404 });
  return new Response(TWIML, { headers: { "content-type": "text/xml; charset=utf-8" } });
}
