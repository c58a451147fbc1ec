import type { Db } from "../db";
import { unusableLookup } from "../lib/lookup-param";

/**
 * The client named by `slug` if `userId` is one of its users, else null: the check the CSV route handlers
 * make (they are plain HTTP, outside tRPC), the same rule as clientPortalProcedure. Agency staff and other
 * clients' users get null, and the handler answers 404 so nothing is revealed.
 */
export async function portalClientFor(db: Db, userId: string, slug: string) {
  if (unusableLookup(slug)) return null;
  const member = await db.clientMember.findFirst({
    where: { userId, client: { slug } },
    select: { client: { select: { id: true, slug: true, agencyId: true, timezone: true, country: true, currency: true } }, user: { select: { locale: true } } },
  });
  return member ? { ...member.client, locale: member.user.locale === "ru" ? ("ru" as const) : ("en" as const) } : null;
}
