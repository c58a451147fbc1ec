import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { customOf, dashboardInputSchema } from "../metrics/periods.schema";
import { csvStream } from "./csv";
import { csvStrings } from "./calls-csv";
import type { CsvBody } from "./csv-http";
import { clientDashboard } from "./dashboard";

const COLUMNS = ["date", "answered", "abandoned", "shortAbandoned", "voicemail", "afterHours", "serviceLevel"] as const;
const percent = (v: number | null) => (v === null ? "" : (Math.round(v * 1000) / 10).toFixed(1));

/**
 * The dashboard's figures per local day of the period (?period=…&from=…&to=…&hotline=…, as on the page: all
 * hotlines, or the one chosen there), read from the rollups like the page. A hotline that is not the client's is a
 * bad filter (400), as on the page.
 * At most 400 days, so one read; still streamed like the call log.
 */
export const metricsCsvBody: CsvBody = async (db: Db, client, params) => {
  const pick = (k: string) => params.get(k)?.trim() || undefined;
  const input = dashboardInputSchema.safeParse({ period: pick("period"), from: pick("from"), to: pick("to"), hotlineId: pick("hotline") });
  if (!input.success) return { error: input.error.issues[0]?.message ?? "validation" };
  const q = { agencyId: client.agencyId, clientId: client.id, period: input.data.period, custom: customOf(input.data), hotlineId: input.data.hotlineId };
  const d = await clientDashboard(db, q).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND" && e.options.field === "hotlineId") return { error: e.key };
    throw e;
  });
  if ("error" in d) return d;
  const s = csvStrings(client.locale);
  const rows = d.days.map((day) => [day.date, String(day.answered), String(day.abandoned), String(day.shortAbandoned), String(day.voicemail), String(day.afterHours), percent(day.serviceLevel)]);
  return csvStream<never>(COLUMNS.map((c) => s.csv[c] ?? c), async () => ({ rows, cursor: null }));
};
