import { expect, test } from "@playwright/test";
import { waitForMail } from "./support/mailbox";
import { signIn } from "./support/session";

const caller = `+1312555${String((Date.now() + 5000) % 10_000).padStart(4, "0")}`;
const shown = `+1 312 555 ${caller.slice(-4)}`;

test("an operator answers a test call at the desk, fills the form, picks an outcome; the client gets the summary", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The operator signs in and goes available.
  await signIn(page, "operator1@demo.test");
  await page.goto("/a/demo/desk");
  await page.getByRole("button", { name: "Go available" }).click();
  await expect(page.getByText("Waiting for the next call")).toBeVisible();

  // An admin, elsewhere, places a call to Bluebird's 24/7 line; the caller is patient.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.test", undefined, /\/a\/demo$/);
  await admin.goto("/a/demo/clients/bluebird-plumbing/hotlines");
  await admin.getByRole("link", { name: "Emergency line" }).first().click();
  await admin.getByLabel("Caller's number").fill(caller);
  await admin.getByLabel("Stays on the line (seconds)").fill("600");
  await admin.getByRole("button", { name: "Place test call" }).click();

  // The offer pops at the desk with the caller's number; the operator accepts.
  await expect(page.getByText("Incoming call")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Bluebird Plumbing").first()).toBeVisible();
  await expect(page.getByText(shown).first()).toBeVisible();
  await page.getByRole("button", { name: /^Accept/ }).click();

  // The screen pop: what to say first, the script, the form.
  await expect(page.getByText("Say first")).toBeVisible();
  await expect(page.getByText("Bluebird Plumbing emergency line, thank you for calling.").first()).toBeVisible();
  await page.getByLabel("Caller's name").fill("Dana Leak");
  await page.getByLabel("Phone").fill("+1 312 555 0100");
  await page.getByLabel(/Reason for calling/).fill("Kitchen sink leaking under the cabinet");

  // Hang up, pick the outcome, read back, submit.
  await page.getByRole("button", { name: /^Hang up/ }).click();
  await expect(page.getByText("Wrap-up").first()).toBeVisible();
  await page.getByRole("radio", { name: /Visit booked/ }).check();
  await page.getByRole("button", { name: /Review and read back/ }).click();
  await expect(page.getByText("Read back to the caller")).toBeVisible();
  await expect(page.getByText("Dana Leak")).toBeVisible();
  await page.getByRole("button", { name: /^Submit/ }).click();
  await expect(page.getByText("Call submitted. You are available again.")).toBeVisible();

  // Bob, the client's contact, receives the call summary.
  const mail = await waitForMail("bob@bluebird.test", 30_000);
  expect(mail.text).toContain("Dana Leak");

  // The call is complete, with talk and wrap-up on its page.
  await admin.goto("/a/demo/calls");
  await admin.getByRole("searchbox", { name: "Caller" }).fill(caller.slice(-7));
  const row = admin.getByRole("row").filter({ hasText: shown });
  await expect(row.getByText("Completed")).toBeVisible({ timeout: 20_000 });
  await row.getByRole("link").first().click();
  await expect(admin.getByText("Talk time")).toBeVisible();
  await expect(admin.getByText("Visit booked").first()).toBeVisible();
  await adminContext.close();

  // Going offline at the end keeps later tests' calls in the queue.
  await page.getByRole("radio", { name: "Offline" }).click();
  await expect(page.getByRole("radio", { name: "Offline" })).toHaveAttribute("aria-checked", "true");
});
