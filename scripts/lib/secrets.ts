import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Secrets the product needs but a new user should not have to invent: generated once, kept in
 * `.data/secrets.json` (mode 0600) and reused, so sessions survive a restart. An environment variable
 * always wins.
 */
export function ensureSecrets<K extends string>(dataDir: string, names: K[], prefixes: Partial<Record<K, string>> = {}): Record<K, string> {
  const file = path.join(dataDir, "secrets.json");
  const stored: Record<string, string> = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of names) {
    if (!stored[name]) {
      // A prefix makes a generated secret look like the vendor's (STRIPE_WEBHOOK_SECRET: "whsec_…").
      stored[name] = (prefixes[name] ?? "") + randomBytes(32).toString("base64url");
      changed = true;
    }
  }
  if (changed) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(names.map((n) => [n, process.env[n] || stored[n]!])) as Record<K, string>;
}
