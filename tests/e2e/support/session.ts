import { expect, type Page } from "@playwright/test";

/** Signs in through the sign-in page and waits to land where the app sends that person. */
export async function signIn(page: Page, email: string, password = "switchboard-demo", landing: RegExp = /\/(a|portal)\//) {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(landing);
}
