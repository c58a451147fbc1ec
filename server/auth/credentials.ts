import type { Db } from "../db";
import { emailSchema } from "./auth.schema";
import { checkLock, clearFailures, recordFailure } from "./lockout";
import { decoyHash, verifyPassword } from "./password";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; locale: "en" | "ru" | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

/**
 * Checks an e-mail and password for the credentials provider. A locked e-mail is refused before the
 * password is looked at (and the attempt is not counted, so the lock ends when it says it will).
 */
export async function authenticate(db: Db, rawEmail: unknown, password: unknown): Promise<AuthResult> {
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success || typeof password !== "string" || password.length === 0 || password.length > 1024) {
    return { ok: false, reason: "invalid" };
  }
  const email = parsed.data;
  const until = await checkLock(db, email);
  if (until) return { ok: false, reason: "locked", until };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, locale: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !valid) {
    await recordFailure(db, email);
    const nowLocked = await checkLock(db, email);
    return nowLocked ? { ok: false, reason: "locked", until: nowLocked } : { ok: false, reason: "invalid" };
  }
  await clearFailures(db, email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, locale: user.locale } };
}
