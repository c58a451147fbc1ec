import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { versionInForce } from "../terms/versions-read";
import type { HotlineInput, HotlineMenu } from "./hotlines.schema";

/** The client a hotline belongs to, already found inside the caller's agency by the procedure. */
export type ClientScope = { id: string; agencyId: string };

const numberSelect = { id: true, e164: true, kind: true, friendlyName: true } as const;

export const hotlineSelect = {
  id: true,
  name: true,
  status: true,
  languages: true,
  priority: true,
  maxWaitSeconds: true,
  maxQueueSize: true,
  wrapUpSeconds: true,
  overflowAction: true,
  overflowForwardTo: true,
  afterHoursMode: true,
  afterHoursForwardTo: true,
  recordingEnabled: true,
  recordingConsent: true,
  menu: true,
  callerPricing: true,
  callerPricePerMinute: true,
  createdAt: true,
  updatedAt: true,
  numbers: { where: { releasedAt: null }, select: numberSelect, orderBy: { createdAt: "asc" } },
} as const;

/** The terms version calls are answered by right now, or null (then calls hear "not in service"). */
async function termsInForce(db: Db, clientId: string) {
  const v = await versionInForce(db, clientId);
  return v ? { number: v.number, effectiveFrom: v.effectiveFrom } : null;
}

/** A stored hotline in plain values (Decimal as a string) for the page and the audit log. */
function present<T extends { callerPricePerMinute: { toString(): string } | null }>(h: T) {
  return { ...h, callerPricePerMinute: h.callerPricePerMinute?.toString() ?? null };
}

export async function listHotlines(db: Db, client: ClientScope) {
  const [hotlines, terms] = await Promise.all([
    db.hotline.findMany({ where: { clientId: client.id, agencyId: client.agencyId }, orderBy: { createdAt: "asc" }, select: hotlineSelect }),
    termsInForce(db, client.id),
  ]);
  return { hotlines: hotlines.map(present), terms };
}

/** One hotline of the client, or NOT_FOUND (another client's or agency's id looks like a missing one). */
export async function findHotline(db: Db, client: ClientScope, hotlineId: string) {
  const hotline = await db.hotline.findFirst({ where: { id: hotlineId, clientId: client.id, agencyId: client.agencyId }, select: hotlineSelect });
  if (!hotline) throw new AppError("NOT_FOUND", "hotlines.notFound");
  return present(hotline);
}
export type HotlineRow = Awaited<ReturnType<typeof findHotline>>;

/** The hotline, the terms in force, and the agency's numbers that route nowhere yet (to assign). */
export async function getHotline(db: Db, client: ClientScope, hotlineId: string) {
  const hotline = await findHotline(db, client, hotlineId);
  const [terms, freeNumbers] = await Promise.all([
    termsInForce(db, client.id),
    db.phoneNumber.findMany({
      where: { agencyId: client.agencyId, releasedAt: null, hotlineId: null, kind: { not: "FORWARDED" } },
      select: numberSelect,
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { hotline, terms, freeNumbers };
}

/** A stored hotline as the form's starting values. */
export function hotlineToInput(h: HotlineRow): HotlineInput {
  const consent = (h.recordingConsent ?? {}) as Record<string, string>;
  const menu = h.menu as HotlineMenu | null;
  return {
    name: h.name,
    languages: h.languages as HotlineInput["languages"],
    priority: h.priority,
    maxWaitSeconds: h.maxWaitSeconds,
    maxQueueSize: h.maxQueueSize,
    wrapUpSeconds: h.wrapUpSeconds,
    overflowAction: h.overflowAction,
    overflowForwardTo: h.overflowForwardTo ?? "",
    afterHoursMode: h.afterHoursMode,
    afterHoursForwardTo: h.afterHoursForwardTo ?? "",
    recordingEnabled: h.recordingEnabled,
    consentEn: consent.en ?? "",
    consentRu: consent.ru ?? "",
    menuEnabled: menu !== null,
    menuPromptEn: menu?.prompt.en ?? "",
    menuPromptRu: menu?.prompt.ru ?? "",
    menuOptions: menu?.options ?? [],
    callerPricing: h.callerPricing,
    callerPricePerMinute: h.callerPricePerMinute ?? "",
  };
}
