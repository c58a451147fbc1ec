import { catalogs } from "@/messages/catalog";
import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { csvStream, localDateTime } from "../reports/csv";

/**
 * The calls behind an invoice: the usage records (calls and adjustments) whose occurredAt falls in the
 * invoice's period, oldest first, by a keyset cursor (occurredAt, id). Scoped by agency AND client: an invoice
 * of another tenant is NOT_FOUND.
 */
async function invoicePeriod(db: Db, args: { agencyId: string; clientId: string; invoiceId: string }) {
  const invoice = await db.invoiceRecord.findFirst({ where: { id: args.invoiceId, agencyId: args.agencyId, clientId: args.clientId }, select: { periodStart: true, periodEnd: true } });
  if (!invoice) throw new AppError("NOT_FOUND", "billing.invoiceNotFound");
  return invoice;
}

type Cursor = { occurredAt: Date; id: string };
const encode = (c: Cursor) => `${c.occurredAt.toISOString()}|${c.id}`;
function decode(cursor: string | undefined): Cursor | null {
  const [at, id] = (cursor ?? "").split("|");
  const occurredAt = new Date(at ?? "");
  return id && !Number.isNaN(occurredAt.getTime()) ? { occurredAt, id } : null;
}

async function page(db: Db, scope: { agencyId: string; clientId: string }, period: { periodStart: Date; periodEnd: Date }, after: Cursor | null, take: number) {
  const rows = await db.usageRecord.findMany({
    where: {
      agencyId: scope.agencyId, clientId: scope.clientId, occurredAt: { gte: period.periodStart, lt: period.periodEnd },
      ...(after ? { OR: [{ occurredAt: { gt: after.occurredAt } }, { occurredAt: after.occurredAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take,
  });
  const calls = await db.call.findMany({ where: { id: { in: rows.map((r) => r.callId) }, agencyId: scope.agencyId }, select: { id: true, startedAt: true, fromNumber: true, talkSeconds: true, status: true, hotline: { select: { name: true } } } });
  const byId = new Map(calls.map((c) => [c.id, c]));
  const items = rows.map((r) => {
    const call = byId.get(r.callId);
    return {
      id: r.id, callId: r.callId, kind: r.kind, component: r.component, occurredAt: r.occurredAt, startedAt: call?.startedAt ?? null,
      caller: call?.fromNumber ?? null, hotline: call?.hotline.name ?? null, status: call?.status ?? null, planVersion: r.planVersion,
      rawSeconds: r.rawSeconds, billableSeconds: r.billableSeconds, billableCalls: r.billableCalls, amountMinor: r.amountMinor.toFixed(6).replace(/\.?0+$/, "") || "0",
      currency: r.currency, meterStatus: r.meterStatus,
    };
  });
  const last = rows.at(-1);
  return { items, nextCursor: rows.length === take && last ? encode({ occurredAt: last.occurredAt, id: last.id }) : null };
}

/** CONTRACT: one page of the calls behind an invoice. */
export async function invoiceCalls(db: Db, args: { agencyId: string; clientId: string; invoiceId: string; cursor?: string; take: number }) {
  const period = await invoicePeriod(db, args);
  return page(db, args, period, decode(args.cursor), Math.min(Math.max(args.take, 1), 500));
}
export type InvoiceCallsPage = Awaited<ReturnType<typeof invoiceCalls>>;

const COLUMNS = ["startedAt", "caller", "hotline", "kind", "component", "rawSeconds", "billableSeconds", "billableCalls", "amountMinor", "currency"] as const;
const FALLBACK: Record<"en" | "ru", Record<(typeof COLUMNS)[number], string>> = {
  en: { startedAt: "Started", caller: "Caller", hotline: "Hotline", kind: "Record", component: "Rate", rawSeconds: "Seconds", billableSeconds: "Billable seconds", billableCalls: "Billable calls", amountMinor: "Amount (minor units)", currency: "Currency" },
  ru: { startedAt: "Начало", caller: "Звонящий", hotline: "Линия", kind: "Запись", component: "Тариф", rawSeconds: "Секунды", billableSeconds: "Оплачиваемые секунды", billableCalls: "Оплачиваемые звонки", amountMinor: "Сумма (копейки/центы)", currency: "Валюта" },
};

/** CONTRACT: the same rows as CSV (UTF-8 BOM, like the call log's CSV), streamed page by page. */
export async function invoiceCallsCsv(db: Db, args: { agencyId: string; clientId: string; invoiceId: string; timezone: string; locale: "en" | "ru" }): Promise<ReadableStream<Uint8Array>> {
  const period = await invoicePeriod(db, args);
  const strings = (catalogs[args.locale] as unknown as { billing?: { invoiceCsv?: Record<string, string> } }).billing?.invoiceCsv ?? {};
  return csvStream<Cursor>(COLUMNS.map((c) => strings[c] ?? FALLBACK[args.locale][c]), async (cursor) => {
    const { items, nextCursor } = await page(db, args, period, cursor, 1000);
    return {
      cursor: decode(nextCursor ?? undefined),
      rows: items.map((i) => [i.startedAt ? localDateTime(i.startedAt, args.timezone) : "", i.caller ?? "", i.hotline ?? "", i.kind, i.component, String(i.rawSeconds), String(i.billableSeconds), String(i.billableCalls), i.amountMinor, i.currency]),
    };
  });
}
