import { db, type Db } from "../db";
import { resolveLocale, type AppLocale } from "../i18n/locale";
import { LOCALE_COOKIE } from "../i18n/locale";

export type Context = {
  db: Db;
  /** The signed-in user's id from a verified session, or null. Never taken from input. */
  userId: string | null;
  locale: AppLocale;
};

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** Builds the context for one request from its verified session and headers. */
export function createContext(opts: { userId: string | null; headers: Headers }): Context {
  const locale = resolveLocale(cookieValue(opts.headers.get("cookie"), LOCALE_COOKIE), opts.headers.get("accept-language"));
  return { db, userId: opts.userId, locale };
}
