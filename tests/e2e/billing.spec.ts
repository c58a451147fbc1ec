import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/session";

/** The first day of this month in the client's zone (Aurora Dental: Moscow), as the date input takes it. */
const periodStart = `${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit" }).format(new Date())}-01`;
const caller = `+7916555${String(Date.now() % 10_000).padStart(4, "0")}`;

const minutesUsed = async (page: Page) => Number((await page.getByText(/^[\d.,]+ of \d+ min$/).first().textContent())!.split(" of ")[0]!.replace(/,/g, ""));
/** An amount as shown in any locale ("RUB 53,890.00", "53 890,00 ₽"): its digit groups with any separators. */
const amountPattern = (shown: string) => new RegExp(shown.replace(/[^\d.,]/g, "").split(/[.,]/).join("\\D?"));
const totalSoFar = async (page: Page) => (await page.getByText("Total so far").locator("xpath=..").locator("dd").textContent())!.trim();

test("billing: a new plan, a call, the clock advanced; the invoice's total is the period's, for the agency and the client", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@demo.test", undefined, /\/a\/demo$/);
  await page.goto("/a/demo/clients/aurora-dental/billing");
  await expect(page.getByText("Plan (version 1)")).toBeVisible();

  // The agency sets a new plan for the whole period: 200 minutes included instead of 300, the rest as before.
  await page.getByRole("button", { name: "Change the plan" }).click();
  await page.getByLabel("Takes effect on").fill(periodStart);
  await page.getByLabel("Included minutes a month").fill("200");
  await page.getByRole("button", { name: "Save the new version" }).click();
  await expect(page.getByText("Plan (version 2)")).toBeVisible();
  await expect(page.getByText(/^[\d.,]+ of 200 min$/).first()).toBeVisible();
  const before = await minutesUsed(page);

  // A call to Aurora's line: answered at the desk in opening hours, a voicemail after them. Either way it is billed.
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, "operator1@demo.test");
  await desk.goto("/a/demo/desk");
  await desk.getByRole("button", { name: "Go available" }).click();
  await expect(desk.getByText("Waiting for the next call")).toBeVisible();
  await page.goto("/a/demo/clients/aurora-dental/hotlines");
  await page.getByRole("link", { name: "Запись на приём" }).first().click();
  await page.getByLabel("Caller's number").fill(caller);
  await page.getByLabel("Stays on the line (seconds)").fill("45");
  await page.getByRole("button", { name: "Place test call" }).click();
  const offered = await desk.getByText("Incoming call").waitFor({ timeout: 40_000 }).then(() => true, () => false);
  if (offered) {
    await desk.getByRole("button", { name: /^Accept/ }).click();
    await desk.getByLabel("Имя пациента").fill("Иван Петров");
    await desk.getByLabel("Телефон").fill(caller);
    await desk.getByLabel(/Причина обращения/).selectOption("Консультация");
    await desk.getByRole("button", { name: /^Hang up/ }).click();
    await desk.getByRole("radio", { name: /Записан на приём/ }).check();
    await desk.getByRole("button", { name: /Review and read back/ }).click();
    await desk.getByRole("button", { name: /^Submit/ }).click();
    await expect(desk.getByText("Call submitted. You are available again.")).toBeVisible();
  }
  await desk.getByRole("radio", { name: "Offline" }).click();
  await desk.context().close();

  // The call is rated into the period: more minutes used.
  await page.goto("/a/demo/clients/aurora-dental/billing");
  await expect(async () => {
    await page.reload();
    expect(await minutesUsed(page)).toBeGreaterThan(before);
  }).toPass({ timeout: 90_000 });
  const total = await totalSoFar(page);
  expect(total).toMatch(/^RUB\s[\d,]+\.\d\d$/);

  // The demo's clock closes the month: Stripe (the fake) invoices what it was sent and its webhooks come back.
  await page.goto("/a/demo/billing");
  await page.getByRole("button", { name: "Advance the billing clock" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Advance the billing clock" }).click();
  await expect(page.getByText("Billing clock advanced")).toBeVisible({ timeout: 30_000 });

  // The closing invoice: this period's usage beyond the included minutes plus the next month's fee (50,000, paid in
  // advance like the first month's), which is the "total so far" the agency saw.
  await page.goto("/a/demo/clients/aurora-dental/billing");
  const invoiceRow = page.getByRole("row").filter({ hasText: total });
  await expect(async () => {
    await page.reload();
    await expect(invoiceRow.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(invoiceRow.first().getByText("Paid")).toBeVisible();

  // The client sees the same invoice in its portal.
  const client = await (await browser.newContext()).newPage();
  await signIn(client, "client@aurora.test");
  await client.goto("/portal/aurora-dental/billing");
  await expect(client.getByRole("row").filter({ hasText: amountPattern(total) }).first()).toBeVisible();
  await client.context().close();
});
