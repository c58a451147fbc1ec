/**
 * Stripe's request encoding: form bodies and query strings with qs-style nested keys
 * (`items[0][price]=p&metadata[a]=b`). Parsed into plain objects; numeric keys become arrays.
 */
export type FormValue = string | FormObject | FormValue[];
export type FormObject = { [key: string]: FormValue };

export function parseStripeForm(text: string): FormObject {
  const root: FormObject = {};
  if (!text) return root;
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const first = rawKey.indexOf("[");
    const path = first < 0 ? [rawKey] : [rawKey.slice(0, first), ...[...rawKey.slice(first).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!)];
    let node: Record<string, unknown> = root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      if (i === path.length - 1) {
        node[key] = value;
        break;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      if (typeof node[key] !== "object" || node[key] === null) node[key] = nextIsIndex ? [] : {};
      node = node[key] as Record<string, unknown>;
    }
  }
  return compactArrays(root) as FormObject;
}

/** Sparse indices (items[0], items[2]) become a dense array, as Stripe reads them. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = compactArrays(v);
  }
  return value;
}

/** Typed readers for parsed params: missing → undefined, wrong shape → a StripeFail from the caller. */
export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const obj = (v: unknown): FormObject | undefined => (v && typeof v === "object" && !Array.isArray(v) ? (v as FormObject) : undefined);
export const arr = (v: unknown): FormValue[] => (Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v as FormObject) : []);
export const bool = (v: unknown): boolean | undefined => (v === "true" ? true : v === "false" ? false : undefined);
