import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Db } from "../db";
import { forwardingInstructions } from "./forwarding";

/** A number as the numbers page shows it: where it routes (hotline, client) and, for a forwarded line, to what. */
const numberSelect = {
  id: true,
  e164: true,
  kind: true,
  provider: true,
  providerSid: true,
  friendlyName: true,
  forwardingVerifiedAt: true,
  createdAt: true,
  hotline: { select: { id: true, name: true, status: true, client: { select: { slug: true, name: true, country: true } } } },
  forwardsTo: { select: { id: true, e164: true } },
  _count: { select: { forwardedLines: { where: { releasedAt: null } } } },
} as const;

/** The agency's numbers that are not released: bought and attached ones first, then forwarded lines. */
export async function listNumbers(db: Db, agencyId: string) {
  const rows = await db.phoneNumber.findMany({
    where: { agencyId, releasedAt: null },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
    select: numberSelect,
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    forwardedLines: _count.forwardedLines,
    instructions: row.kind === "FORWARDED" && row.forwardsTo ? forwardingInstructions(countryOfLine(row.e164), row.forwardsTo.e164) : null,
  }));
}
export type NumberRow = Awaited<ReturnType<typeof listNumbers>>[number];

/** The country a forwarded line belongs to, from its calling code (enough to pick the forwarding codes). */
function countryOfLine(e164: string): string {
  return parsePhoneNumberFromString(e164)?.country ?? "RU";
}

/** One active number of the agency, or null: every id from a browser goes through here first. */
export function findActiveNumber(db: Db, agencyId: string, numberId: string) {
  return db.phoneNumber.findFirst({
    where: { id: numberId, agencyId, releasedAt: null },
    select: { id: true, e164: true, kind: true, provider: true, providerSid: true, hotlineId: true, forwardsToId: true, friendlyName: true },
  });
}
