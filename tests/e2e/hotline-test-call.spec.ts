import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";

// A caller number of its own, so that the call is found again in the list among the seeded ones.
const caller = `+1312555${String(Date.now() % 10_000).padStart(4, "0")}`;
const shown = `+1 312 555 ${caller.slice(-4)}`;

test("an admin places a test call from the hotline page and finds it in the calls list with its timeline", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin@demo.test", undefined, /\/a\/demo$/);

  // Bluebird's emergency line answers around the clock, so the call queues whatever the time of the run.
  await page.goto("/a/demo/clients/bluebird-plumbing/hotlines");
  await page.getByRole("link", { name: "Emergency line" }).first().click();
  await expect(page.getByRole("heading", { name: "Place a test call" })).toBeVisible();
  await page.getByLabel("Caller's number").fill(caller);
  await page.getByLabel("Stays on the line (seconds)").fill("30");
  await page.getByRole("button", { name: "Place test call" }).click();

  // The live panel follows the call through the real webhooks until the caller gives up waiting.
  await expect(page.getByText("Joined the queue")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Caller hung up")).toBeVisible({ timeout: 45_000 });

  // The calls list has it, found by the caller's number.
  await page.goto("/a/demo/calls");
  await page.getByRole("searchbox", { name: "Caller" }).fill(caller.slice(-7));
  const row = page.getByRole("row").filter({ hasText: shown });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Abandoned")).toBeVisible();
  await expect(row.getByText("Bluebird Plumbing", { exact: true })).toBeVisible();

  // Its page tells the story in order: arrival, the queue, the caller leaving, the carrier's last word.
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: `Call from ${shown}` })).toBeVisible();
  const timeline = page.getByRole("list").filter({ hasText: "Call received" });
  const steps = await timeline.getByRole("listitem").allInnerTexts();
  const order = ["Call received", "Routed to the queue", "Joined the queue", "Left the queue"].map((label) => steps.findIndex((s) => s.includes(label)));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  await expect(page.getByText("Carrier status: completed")).toBeVisible();
});
