import { catalogs } from "@/messages/catalog";
import type { Db } from "../db";
import { csvStream, localDateTime } from "./csv";
import { outcomeLabels, portalCallsWhere, type PortalClient } from "./portal-calls";
import type { PortalCallFilters } from "./portal-calls.schema";

const PAGE = 1000;
const COLUMNS = ["startedAt", "caller", "callerName", "hotline", "result", "route", "outcome", "waitSeconds", "talkSeconds", "durationSeconds"] as const;

type Locale = "en" | "ru";
type Strings = { csv: Record<string, string>; result: Record<string, string>; route: Record<string, string> };
export const csvStrings = (locale: Locale) => (catalogs[locale] as unknown as { reports: Strings }).reports;

/**
 * The client's call log as CSV with the log's filters, newest first, read a thousand rows at a time by a
 * keyset cursor (startedAt, id) so a year of calls streams in constant memory and stays fast deep in.
 */
export async function callsCsv(db: Db, client: PortalClient & { locale: Locale }, filters: PortalCallFilters): Promise<ReadableStream<Uint8Array>> {
  const s = csvStrings(client.locale);
  const labels = new Map((await outcomeLabels(db, client.id)).map((o) => [o.code, o.label]));
  const where = portalCallsWhere(client, filters);
  type Cursor = { startedAt: Date; id: string };
  return csvStream<Cursor>(
    COLUMNS.map((c) => s.csv[c] ?? c),
    async (cursor) => {
      const after = cursor ? { OR: [{ startedAt: { lt: cursor.startedAt } }, { startedAt: cursor.startedAt, id: { lt: cursor.id } }] } : {};
      const rows = await db.call.findMany({
        where: { AND: [where, after] },
        orderBy: [{ startedAt: "desc" }, { id: "desc" }],
        take: PAGE,
        select: { id: true, startedAt: true, fromNumber: true, callerName: true, status: true, route: true, outcome: true, waitSeconds: true, talkSeconds: true, durationSeconds: true, hotline: { select: { name: true } } },
      });
      const last = rows.at(-1);
      return {
        cursor: rows.length === PAGE && last ? { startedAt: last.startedAt, id: last.id } : null,
        rows: rows.map((c) => [
          localDateTime(c.startedAt, client.timezone),
          c.fromNumber,
          c.callerName ?? "",
          c.hotline.name,
          s.result[c.status] ?? c.status,
          s.route[c.route] ?? c.route,
          c.outcome ? (labels.get(c.outcome) ?? c.outcome) : "",
          String(c.waitSeconds ?? ""),
          String(c.talkSeconds ?? ""),
          String(c.durationSeconds ?? ""),
        ]),
      };
    },
  );
}
