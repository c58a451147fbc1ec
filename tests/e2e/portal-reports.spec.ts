import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

/** Splits a CSV text (RFC 4180 quoting) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\n") row.push(cell.replace(/\r$/, "")), rows.push(row), (row = []), (cell = "");
    else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

test("a client admin sees the dashboard filled from the seeded calls and exports the call log as CSV", async ({ page }) => {
  // Aurora's admin reads Russian.
  await signIn(page, "client@aurora.test", undefined, /\/portal\/aurora-dental/);
  await page.goto("/portal/aurora-dental?period=lastMonth");
  const offered = page.getByText("Звонки", { exact: true }).first();
  await expect(offered).toBeVisible();
  await expect(page.getByText("Принято").first()).toBeVisible();
  await expect(page.getByText("Уровень сервиса").first()).toBeVisible();
  // The charts rendered (recharts draws SVG).
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();

  // The call log lists the seeded calls; its CSV has a BOM, a header and one row per call of the log.
  await page.goto("/portal/aurora-dental/calls");
  const count = await page.getByText(/\d+ звон/).first().innerText();
  const total = Number(count.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(50);
  const href = await page.getByRole("link", { name: "Выгрузить CSV" }).getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const bytes = Buffer.from(await res.body());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString("utf8")).filter((r) => r.some((c) => c !== ""));
  expect(rows[0]).toContain("Номер звонящего");
  expect(rows.length - 1).toBe(total);
  expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
});
