import { expect, test } from "@playwright/test";
import { linkIn, waitForMail } from "./support/mailbox";

const unique = Date.now().toString(36);

test("an owner signs up, invites an operator by e-mail, and the operator joins from the link", async ({ page, browser }) => {
  const owner = { name: "Marina Owner", email: `marina-${unique}@example.test`, password: "a strong pass phrase 42", agency: `Hotline Heroes ${unique}` };

  await page.goto("/signup");
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("E-mail").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByLabel("Agency name").fill(owner.agency);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/a\/hotline-heroes-[a-z0-9-]+$/);
  await expect(page.getByText(owner.agency).first()).toBeVisible();

  await page.getByRole("link", { name: "Team" }).first().click();
  await expect(page).toHaveURL(/\/team$/);
  const operatorEmail = `oscar-${unique}@example.test`;
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("E-mail").fill(operatorEmail);
  await dialog.getByLabel("Role").selectOption("OPERATOR");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(operatorEmail, { exact: true })).toBeVisible();

  const mail = await waitForMail(operatorEmail);
  expect(mail.subject).toContain(owner.agency);
  const link = linkIn(mail.text, "/invite/");

  // The operator, in a browser of their own.
  const operatorContext = await browser.newContext();
  const op = await operatorContext.newPage();
  await op.goto(link);
  await expect(op.getByText(owner.agency).first()).toBeVisible();
  await op.getByLabel("Your name").fill("Oscar Operator");
  await op.getByLabel("Password").fill("operator pass phrase 7");
  await op.getByRole("button", { name: /Accept invitation|Join/ }).click();
  await expect(op).toHaveURL(/\/a\/hotline-heroes-[a-z0-9-]+$/);
  await operatorContext.close();

  // The owner sees the new member in the team list.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: operatorEmail });
  await expect(row).toBeVisible();
  await expect(row.getByText("Operator").first()).toBeVisible();

  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByText(/already been used/i)).toBeVisible();
});

test("the demo owner signs in, sees the demo agency, and signs out", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill("owner@demo.test");
  await page.getByLabel("Password").fill("switchboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/a\/demo$/);
  await expect(page.getByText("Northwind Answering").first()).toBeVisible();

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/a/demo");
  await expect(page).toHaveURL(/\/signin/);
});

test("a forged session cookie is treated as no session", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "next-auth.session-token", value: "forged.not-a-jwt.at-all", url: baseURL! }]);
  await page.goto("/a/demo/team");
  await expect(page).toHaveURL(/\/signin/);
  const api = await page.request.get("/api/trpc/agency.mine");
  expect(api.status()).toBe(401);
  expect((await api.json()).error.json.message).toMatch(/sign in/i);
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill("admin@demo.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/wrong e-mail or password/i)).toBeVisible();
  await page.goto("/a/demo/team");
  await expect(page).toHaveURL(/\/signin/);
});

test("a browser that prefers Russian gets the Russian interface", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByLabel("Пароль")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByLabel("Эл. почта").fill("operator1@demo.test");
  await page.getByLabel("Пароль").fill("switchboard-demo");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/a\/demo$/);
  await expect(page.getByRole("link", { name: "Команда" }).first()).toBeVisible();
  await context.close();
});
