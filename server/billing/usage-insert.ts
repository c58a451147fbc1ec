import { randomBytes } from "node:crypto";
import type { Tx } from "../db";

/** One UsageRecord row as written by the set-based insert (decimals as exact strings). */
export type UsageRow = {
  agencyId: string; clientId: string; callId: string; kind: "CALL" | "ADJUSTMENT"; planId: string; planVersion: number;
  component: string; occurredAt: Date; rawSeconds: number; billableSeconds: number; billableCalls: number; amountMinor: string;
  currency: string; callerPricePerMinute: string | null; carrierCostMinor: string | null; adjustsId: string | null;
  meterStatus: "NONE" | "PENDING";
};

/** A cuid-like id (Prisma's @default(cuid()) is client-side; this insert is raw SQL). It is the meter event identifier. */
export function newUsageId(): string {
  return `u${Date.now().toString(36)}${randomBytes(9).toString("base64url").replace(/[-_]/g, "0").toLowerCase()}`;
}

/**
 * Writes rows in ONE statement (arrays unnested: set-based, the bulk path the bench measures). A CALL row whose
 * call already has one is dropped by the partial unique index "UsageRecord_one_rating_per_call" — the
 * exactly-once guarantee under duplicate completions and concurrent sweeps. Returns how many rows were written.
 */
export async function insertUsageRows(tx: Tx, rows: readonly UsageRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof UsageRow>(k: K) => rows.map((r) => r[k]);
  const ids = rows.map(() => newUsageId());
  return tx.$executeRaw`
    INSERT INTO "UsageRecord" ("id", "agencyId", "clientId", "callId", "kind", "planId", "planVersion", "component", "occurredAt",
      "rawSeconds", "billableSeconds", "billableCalls", "amountMinor", "currency", "callerPricePerMinute", "carrierCostMinor",
      "adjustsId", "meterStatus")
    SELECT r.id, r.a, r.cl, r.ca, r.k::"UsageKind", r.p, r.pv, r.co::"UsageComponent", r.o, r.rs, r.bs, r.bc, r.am::numeric, r.cu,
      r.cp::numeric, r.cc::numeric, r.adj, r.ms::"MeterEventStatus"
    FROM unnest(${ids}::text[], ${col("agencyId")}::text[], ${col("clientId")}::text[], ${col("callId")}::text[], ${col("kind")}::text[],
      ${col("planId")}::text[], ${col("planVersion")}::int[], ${col("component")}::text[], ${col("occurredAt")}::timestamptz[],
      ${col("rawSeconds")}::int[], ${col("billableSeconds")}::int[], ${col("billableCalls")}::int[], ${col("amountMinor")}::text[],
      ${col("currency")}::text[], ${col("callerPricePerMinute")}::text[], ${col("carrierCostMinor")}::text[], ${col("adjustsId")}::text[],
      ${col("meterStatus")}::text[])
      AS r(id, a, cl, ca, k, p, pv, co, o, rs, bs, bc, am, cu, cp, cc, adj, ms)
    ON CONFLICT ("callId") WHERE "kind" = 'CALL' DO NOTHING`;
}
