import { tenureMonths } from "../operators/tenure";
import { BOM, csvRow } from "./csv";

/** One operator on the staff report (dates are "YYYY-MM-DD" on the agency's calendar). */
export type StaffRow = {
  userId: string;
  name: string;
  email: string;
  hireDate: string | null;
  tenureMonths: number | null;
  /** The day the operator has been employed twelve whole months (subsidies start then). */
  twelveMonthsOn: string | null;
  /** Twelve months already reached on `today`. */
  reached: boolean;
};

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The first day on which `tenureMonths(hireDate, day)` is at least `months`: the same day of the month
 * `months` later, or the 1st of the month after when that day does not exist (hired 2024-02-29 → 2025-03-01),
 * matching tenureMonths' "a month counts once its day is reached".
 */
export function monthsReachedOn(hireDate: string, months: number): string {
  const [y, m, d] = hireDate.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const daysInMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (d <= daysInMonth) return `${ty}-${pad(tm)}-${pad(d)}`;
  const next = index + 1;
  return `${Math.floor(next / 12)}-${pad((next % 12) + 1)}-01`;
}

/** The staff report's rows: tenure and twelve-month date per operator, unknown hire dates last. */
export function staffRows(operators: { userId: string; name: string; email: string; hireDate: string | null }[], today: string): StaffRow[] {
  return operators
    .map((o) => {
      if (!o.hireDate) return { ...o, tenureMonths: null, twelveMonthsOn: null, reached: false };
      const twelveMonthsOn = monthsReachedOn(o.hireDate, 12);
      return { ...o, tenureMonths: tenureMonths(o.hireDate, today), twelveMonthsOn, reached: twelveMonthsOn <= today };
    })
    .sort((a, b) => (a.hireDate ?? "9999").localeCompare(b.hireDate ?? "9999") || a.name.localeCompare(b.name));
}

/** The staff CSV (UTF-8 with BOM, CRLF: server/reports/csv.ts), with the headers in the reader's language. */
export function staffCsv(rows: StaffRow[], headers: readonly [string, string, string, string, string]): string {
  return BOM + csvRow(headers) + rows.map((r) => csvRow([r.name, r.email, r.hireDate, r.tenureMonths, r.twelveMonthsOn])).join("");
}
