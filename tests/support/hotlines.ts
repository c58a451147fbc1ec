import { randomInt } from "node:crypto";
import { db } from "@/server/db";

/** A random Moscow number outside the emulator's stock (+7 495 555…), so factories never collide with a purchase. */
export const randomMoscowNumber = () => `+7499${String(randomInt(1_000_000, 9_999_999))}`;

/** A bought number of the agency, made directly (the purchase flow has its own tests). */
export function makeNumber(agencyId: string, v: { hotlineId?: string; e164?: string; kind?: "LOCAL" | "TOLL_FREE" } = {}) {
  return db.phoneNumber.create({
    data: { agencyId, e164: v.e164 ?? randomMoscowNumber(), kind: v.kind ?? "LOCAL", provider: "EMULATOR", providerSid: `PN${"0".repeat(24)}${String(randomInt(10_000_000, 99_999_999))}`, hotlineId: v.hotlineId },
    select: { id: true, e164: true, providerSid: true },
  });
}

export function makeHotline(agencyId: string, clientId: string, v: { name?: string; status?: "ACTIVE" | "PAUSED" } = {}) {
  return db.hotline.create({ data: { agencyId, clientId, name: v.name ?? "Help line", status: v.status }, select: { id: true, name: true } });
}

/** Every row of the telephony domain an agency owns: what a refused call must leave as it was. */
export async function telephonySnapshot(agencyId: string) {
  const [numbers, hotlines] = await Promise.all([
    db.phoneNumber.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
    db.hotline.findMany({ where: { agencyId }, orderBy: { id: "asc" } }),
  ]);
  return { numbers, hotlines };
}

export { hotlineInput } from "./hotline-input";
