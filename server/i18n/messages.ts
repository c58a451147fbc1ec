import { catalogs } from "@/messages/catalog";
import type { AppLocale } from "./locale";

/**
 * Translates a dotted key from the UI catalog (messages/*.json) on the server, for error messages and
 * e-mails. Returns undefined when the key is not a message, so callers can fall back to the raw text.
 */
export function translate(locale: AppLocale, key: string, values: Record<string, string | number> = {}): string | undefined {
  let node: unknown = catalogs[locale];
  for (const part of key.split(".")) {
    if (node && typeof node === "object" && part in node) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  if (typeof node !== "string") return undefined;
  return node.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
