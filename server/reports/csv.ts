/**
 * CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel guesses a legacy code page and
 * Cyrillic turns to mojibake), CRLF line ends, every cell that needs it quoted. Cells that a spreadsheet
 * would run as a formula (=, +, -, @ at the start: a caller's name is typed by strangers) get a leading
 * apostrophe. Phone numbers start with "+" but are plain digits, so they are left alone.
 */
export const BOM = "\uFEFF";

const PHONE = /^\+\d{3,15}$/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !PHONE.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** "2026-03-01 14:05:09" in a time zone: what a spreadsheet parses as a date and time. */
export function localDateTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23",
  }).formatToParts(instant);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * A stream of CSV text: the header, then page after page from `next(cursor)` until it returns no rows. Pages
 * are pulled as the client reads, so a year of calls never sits in memory at once.
 */
export function csvStream<C>(header: readonly string[], next: (cursor: C | null) => Promise<{ rows: string[][]; cursor: C | null }>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: C | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    // Each pull must enqueue or close: a pull that does neither leaves the reader waiting forever.
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvRow(header)));
        return;
      }
      const page = await next(cursor);
      if (page.rows.length) controller.enqueue(encoder.encode(page.rows.map(csvRow).join("")));
      cursor = page.cursor;
      if (cursor === null) controller.close();
    },
  });
}
