import type { Db } from "../db";
import { customOf, periodInputSchema } from "../metrics/periods.schema";
import { csvStream } from "./csv";
import { csvStrings } from "./calls-csv";
import type { CsvBody } from "./csv-http";
import { clientDashboard } from "./dashboard";

const COLUMNS = ["date", "answered", "abandoned", "shortAbandoned", "voicemail", "afterHours", "serviceLevel"] as const;
const percent = (v: number | null) => (v === null ? "" : (Math.round(v * 1000) / 10).toFixed(1));

/**
 * The dashboard's figures per local day of the period (?period=…&from=…&to=…, as on the page), read from
 * the rollups like the page.
 * At most 400 days, so one read; still streamed like the call log.
 */
export const metricsCsvBody: CsvBody = async (db: Db, client, params) => {
  const pick = (k: string) => params.get(k)?.trim() || undefined;
  const input = periodInputSchema.safeParse({ period: pick("period"), from: pick("from"), to: pick("to") });
  if (!input.success) return { error: input.error.issues[0]?.message ?? "validation" };
  const d = await clientDashboard(db, { agencyId: client.agencyId, clientId: client.id, period: input.data.period, custom: customOf(input.data) });
  const s = csvStrings(client.locale);
  const rows = d.days.map((day) => [day.date, String(day.answered), String(day.abandoned), String(day.shortAbandoned), String(day.voicemail), String(day.afterHours), percent(day.serviceLevel)]);
  return csvStream<never>(COLUMNS.map((c) => s.csv[c] ?? c), async () => ({ rows, cursor: null }));
};
