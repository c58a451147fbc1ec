import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mailbox";
import { signIn } from "./support/session";

const unique = Date.now().toString(36);
const client = "/a/demo/clients/bluebird-plumbing";

test("the agency submits new terms, the client's admin approves them in the portal, the agency sees v2 in force", async ({ page, browser }) => {
  await signIn(page, "owner@demo.test", undefined, /\/a\/demo$/);

  // Invite Bluebird's admin to its portal; they join from the e-mail.
  const adminEmail = `bob-${unique}@bluebird.test`;
  await page.goto(`${client}/users`);
  await page.getByRole("button", { name: "Invite user" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("E-mail").fill(adminEmail);
  await dialog.getByLabel("Role").selectOption("CLIENT_ADMIN");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toBeHidden();
  const mail = await waitForMail(adminEmail);
  expect(mail.subject).toContain("Bluebird Plumbing");

  const portalContext = await browser.newContext();
  const portal = await portalContext.newPage();
  await portal.goto(linkIn(mail.text, "/invite/"));
  await portal.getByLabel("Your name").fill("Bob Bluebird");
  await portal.getByLabel("Password").fill("bluebird pass phrase 1");
  await portal.getByRole("button", { name: /Accept invitation|Join/ }).click();
  await expect(portal).toHaveURL(/\/portal\/bluebird-plumbing$/);

  // The agency starts v2 from the approved v1 and submits it.
  await page.goto(`${client}/terms`);
  await page.getByRole("button", { name: "New draft" }).click();
  await expect(page).toHaveURL(/\/terms\/2$/);
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByText("Awaiting approval").first()).toBeVisible();

  // The client's admin approves it in the portal.
  await portal.goto("/portal/bluebird-plumbing/terms/2");
  await portal.getByRole("button", { name: "Approve", exact: true }).click();
  await portal.getByRole("dialog").getByRole("button", { name: "Approve", exact: true }).click();
  await expect(portal.getByText("Version 2 approved").first()).toBeVisible();
  await portalContext.close();

  // The agency sees v2 approved and in force.
  await page.goto(`${client}/terms`);
  const row = page.getByRole("row").filter({ hasText: "v2" });
  await expect(row.getByText("Approved")).toBeVisible();
  await expect(row.getByText("In force")).toBeVisible();
});

test("an admin uploads a client's contract and downloads the same bytes", async ({ page }) => {
  await signIn(page, "admin@demo.test", undefined, /\/a\/demo$/);
  await page.goto(`${client}/documents`);
  await page.getByRole("button", { name: "Add document" }).first().click();
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n${unique}`);
  await page.locator('input[type="file"]').setInputFiles({ name: `contract-${unique}.pdf`, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("dialog").getByRole("button", { name: "Save document" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();

  const download = page.getByRole("link", { name: `Download contract-${unique}.pdf` });
  await expect(download).toBeVisible();
  const res = await page.request.get((await download.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  expect(Buffer.from(await res.body()).equals(pdf)).toBe(true);

  // Signed out, the file is not there.
  const anonymous = await page.context().browser()!.newContext();
  const denied = await anonymous.request.get(new URL((await download.getAttribute("href"))!, page.url()).toString());
  expect([401, 404]).toContain(denied.status());
  await anonymous.close();
});
