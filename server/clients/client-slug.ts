import { db } from "../db";
import { withoutTenant } from "../tenant-db";
import { slugCandidate, slugify } from "../agency/slug";

/**
 * The address of a client (`/portal/<slug>`, `/a/<agency>/clients/<slug>`), made from its name like an
 * agency's. slugify falls back to `agency-…` for names too short or reserved; a client says `client-…`.
 */
export function clientSlugBase(name: string): string {
  const slug = slugify(name);
  const fellBack = slug.startsWith("agency") && !/^\s*agency/i.test(name);
  return fellBack ? `client${slug.slice("agency".length)}` : slug;
}

/**
 * A slug no client uses yet (slugs are global: the portal URL names no agency), checked in one query. Asked of
 * every agency's clients, so as system work on a connection of its own: the caller's transaction runs under
 * row-level security and sees its own agency only (server/tenant-db.ts). The unique index settles a race.
 */
export async function freeClientSlug(name: string): Promise<string> {
  const base = clientSlugBase(name);
  const rows = await withoutTenant(() => db.client.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }));
  const taken = new Set(rows.map((c) => c.slug));
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}
