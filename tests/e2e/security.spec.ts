import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** What global-setup.ts handed over: this run's server-only secrets (never to reach a browser). */
const secrets: Record<string, string> = JSON.parse(process.env.E2E_SERVER_SECRETS ?? "{}");
/** The production build global-setup.ts serves (its distDir). */
const STATIC_DIR = path.resolve(__dirname, "..", "..", process.env.E2E_DIST_DIR ?? ".next-e2e", "static");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("the build's browser files carry no server secret", () => {
  expect(Object.keys(secrets)).toEqual(expect.arrayContaining(["NEXTAUTH_SECRET", "TWILIO_AUTH_TOKEN", "DATABASE_URL"]));
  const files = filesUnder(STATIC_DIR).filter((f) => /\.(js|css|json|txt|html|map)$/.test(f));
  expect(files.length).toBeGreaterThan(10);
  const needles = [
    ...Object.values(secrets),
    new URL(secrets.DATABASE_URL!).password,
    // Whatever the run's values: the shapes of secrets and the names of server-only variables.
    "sk_live_",
    "sk_test_",
    "whsec_",
    "postgres://",
    "postgresql://",
    "NEXTAUTH_SECRET",
    "TWILIO_AUTH_TOKEN",
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "DATABASE_URL",
  ].filter((n) => n && n.length >= 6);
  const found: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const needle of needles) if (text.includes(needle)) found.push(`${path.relative(STATIC_DIR, file)}: ${needle.slice(0, 12)}…`);
  }
  expect(found).toEqual([]);
});

test("a page answers with the security headers and a fresh CSP nonce that its scripts carry, and nothing is blocked", async ({ page, request }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => (/CSP violation|Content Security Policy/.test(m.text()) ? violations.push(m.text()) : undefined));

  const res = await page.goto("/signin");
  const headers = res!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const csp = headers["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).not.toContain("unsafe-eval"); // a production build
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;

  // Every executable script Next wrote into the page carries this response's nonce.
  const scripts = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => ({ nonce: s.nonce, src: s.src, code: (s.textContent ?? "").trim().length })));
  const inline = scripts.filter((s) => !s.src && s.code > 0);
  expect(inline.length).toBeGreaterThan(0);
  for (const s of inline) expect(s.nonce).toBe(nonce);

  // The page works: the sign-in form hydrates and signs in (a client-side fetch and a redirect).
  await page.getByLabel("E-mail").fill("owner@demo.test");
  await page.getByLabel("Password").fill("switchboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/a\/demo/);
  await page.goto("/a/demo/wallboard");
  await expect(page.getByText("Live").first()).toBeVisible();
  expect(violations).toEqual([]);

  // Another request, another nonce.
  const again = await request.get("/signin");
  expect(/'nonce-([^']+)'/.exec(again.headers()["content-security-policy"]!)![1]).not.toBe(nonce);
});

test("a cross-site tRPC mutation is refused with 403 even with the session cookie", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill("admin@demo.test");
  await page.getByLabel("Password").fill("switchboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/a\/demo/);
  // superjson, as the app's own client sends it.
  const body = JSON.stringify({ json: { agencySlug: "demo", email: "csrf-victim@example.test", role: "ADMIN" } });
  // page.request shares the signed-in cookie jar: what a forged form on another site would send.
  const forged = await page.request.post("/api/trpc/team.invite", { headers: { "content-type": "application/json", origin: "https://evil.example", "sec-fetch-site": "cross-site" }, data: body });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  // The same request from our own origin goes through (so the refusal above was the CSRF check).
  const own = await page.request.post("/api/trpc/team.invite", { headers: { "content-type": "application/json", origin: new URL(page.url()).origin }, data: body });
  expect(own.status()).toBe(200);
});
