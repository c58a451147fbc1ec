import type { Db, Tx } from "../db";
import type { PricePlan } from "../generated/prisma/client";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import { planInputSchema, type PlanInput } from "./plan.schema";
import { billingPeriod, localMidnight } from "./rating";
import { rerateOpenPeriod } from "./rerate";
import { enqueueClientSync } from "./stripe/sync";

/**
 * Price plans are versioned, never edited: a change is a new version from a local date in the client's zone.
 * The version in force at a call's start rates it. A version taking effect inside the open period re-rates
 * that period's calls through ADJUSTMENT records (server/billing/rerate.ts), in the same transaction.
 */
export async function createPlanVersion(db: Db, args: { agencyId: string; clientId: string; userId: string | null; input: PlanInput | unknown }): Promise<PricePlan> {
  const input = planInputSchema.parse(args.input);
  return db.$transaction(async (tx) => {
    // The client row lock serialises versions of one client (version numbers stay gapless and unique).
    const [client] = await tx.$queryRaw<{ id: string; timezone: string; currency: string }[]>`
      SELECT "id", "timezone", "currency" FROM "Client" WHERE "id" = ${args.clientId} AND "agencyId" = ${args.agencyId} FOR UPDATE`;
    if (!client) throw new AppError("NOT_FOUND", "billing.clientNotFound");
    const account = await tx.billingAccount.findUnique({ where: { agencyId: args.agencyId }, select: { connection: true, currencies: true } });
    if (account && account.connection !== "NONE" && account.currencies.length > 0 && !account.currencies.includes(client.currency.toLowerCase())) {
      throw new AppError("BAD_REQUEST", "billing.currencyUnsupported", { values: { currency: client.currency } });
    }
    const last = await tx.pricePlan.findFirst({ where: { clientId: client.id }, orderBy: { version: "desc" }, select: { version: true } });
    const effectiveFrom = localMidnight(input.effectiveFrom, client.timezone);
    const plan = await tx.pricePlan.create({ data: { agencyId: args.agencyId, clientId: client.id, version: (last?.version ?? 0) + 1, effectiveFrom, currency: client.currency, createdById: args.userId, ...planData(input) } });
    await audit(tx, { agencyId: args.agencyId, actorId: args.userId, action: "billing.plan.create", entityType: "PricePlan", entityId: plan.id, after: { ...input, version: plan.version, currency: plan.currency } });
    const now = new Date();
    // The subscription follows the version in force: now, or when a future version takes effect.
    await enqueueClientSync(tx, { agencyId: args.agencyId, clientId: client.id, reason: `plan:${plan.id}`, ...(effectiveFrom > now ? { availableAt: effectiveFrom } : {}) });
    if (effectiveFrom <= now) {
      const billing = await tx.clientBilling.findUnique({ where: { clientId: client.id }, select: { periodStart: true, periodEnd: true } });
      const period = billingPeriod(now, client.timezone, billing);
      await rerateOpenPeriod(tx, { clientId: client.id, effectiveFrom, periodFrom: period.from });
    }
    return plan;
  }, { timeout: 120_000 });
}

function planData(input: PlanInput) {
  return {
    monthlyFeeMinor: BigInt(input.monthlyFeeMinor),
    setupFeeMinor: BigInt(input.setupFeeMinor),
    includedMinutes: input.includedMinutes,
    chargeMode: input.chargeMode,
    ratePerMinute: input.ratePerMinute,
    tiers: input.tiers.length > 0 ? input.tiers : undefined,
    perCallPrice: input.perCallPrice,
    incrementSeconds: input.incrementSeconds,
    minimumSeconds: input.minimumSeconds,
    billableTime: input.billableTime,
    freeUnderSeconds: input.freeUnderSeconds,
    afterHoursRatePerMinute: input.afterHoursRatePerMinute,
    nightRatePerMinute: input.nightRatePerMinute,
    nightFromHour: input.nightFromHour,
    nightToHour: input.nightToHour,
    holidayRatePerMinute: input.holidayRatePerMinute,
    automatedRatePerMinute: input.automatedRatePerMinute,
  };
}

/** The version that rates a call started at `at` (null: no plan yet). */
export function planInForce(db: Db | Tx, clientId: string, at: Date): Promise<PricePlan | null> {
  return db.pricePlan.findFirst({ where: { clientId, effectiveFrom: { lte: at } }, orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }] });
}

/** Every version of a client's plan, newest first (scoped by agency: another agency's client gives none). */
export function listPlans(db: Db | Tx, args: { agencyId: string; clientId: string }): Promise<PricePlan[]> {
  return db.pricePlan.findMany({ where: { agencyId: args.agencyId, clientId: args.clientId }, orderBy: { version: "desc" } });
}
