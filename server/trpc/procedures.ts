import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { AgencyRole, ClientRole } from "../generated/prisma/enums";
import { hasAgencyRole, hasClientRole } from "../auth/roles";
import { withTenant } from "../tenant-db";
import { baseProcedure } from "./init";

/** Anyone, signed in or not. */
export const publicProcedure = baseProcedure;

/**
 * A signed-in person. The user is loaded from the database on every call, so a session whose user was
 * deleted is refused like a missing one.
 */
export const authedProcedure = baseProcedure.use(async ({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "unauthorized" });
  const user = await ctx.db.user.findUnique({
    where: { id: ctx.userId },
    select: { id: true, email: true, name: true, locale: true },
  });
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "unauthorized" });
  return next({ ctx: { ...ctx, user } });
});

export const agencySlugInput = z.object({ agencySlug: z.string().min(1).max(64) });

/**
 * A member of the agency named by `agencySlug` with at least `minRole`. A non-member gets NOT_FOUND (we do
 * not reveal that the agency exists), a member below `minRole` FORBIDDEN. Puts `ctx.agency` and
 * `ctx.member` on the context: every query inside scopes by `ctx.agency.id`, never by an id from input.
 */
export function agencyProcedure(minRole: AgencyRole) {
  return authedProcedure.input(agencySlugInput).use(async ({ ctx, input, next }) => {
    const member = await ctx.db.agencyMember.findFirst({
      where: { userId: ctx.user.id, agency: { slug: input.agencySlug } },
      select: {
        id: true,
        role: true,
        agency: { select: { id: true, slug: true, name: true, timezone: true, currency: true, locale: true } },
      },
    });
    if (!member) throw new TRPCError({ code: "NOT_FOUND", message: "agencyNotFound" });
    if (!hasAgencyRole(member.role, minRole)) throw new TRPCError({ code: "FORBIDDEN", message: "forbidden" });
    // From here on every transaction runs as the agency under row-level security (server/tenant-db.ts).
    return withTenant(member.agency.id, () => next({ ctx: { ...ctx, agency: member.agency, member: { id: member.id, role: member.role } } }));
  });
}

export const clientSlugInput = z.object({ clientSlug: z.string().min(1).max(64) });

/**
 * A user of the client business named by `clientSlug` (the portal, `/portal/<client>`), with at least
 * `minRole`. Same refusals as agencyProcedure. Puts `ctx.client`
 * (with its agencyId) and `ctx.clientMember` on the context.
 */
export function clientPortalProcedure(minRole: ClientRole) {
  return authedProcedure.input(clientSlugInput).use(async ({ ctx, input, next }) => {
    const member = await ctx.db.clientMember.findFirst({
      where: { userId: ctx.user.id, client: { slug: input.clientSlug } },
      select: { id: true, role: true, client: { select: { id: true, slug: true, name: true, agencyId: true } } },
    });
    if (!member) throw new TRPCError({ code: "NOT_FOUND", message: "clientNotFound" });
    if (!hasClientRole(member.role, minRole)) throw new TRPCError({ code: "FORBIDDEN", message: "forbidden" });
    return withTenant(member.client.agencyId, () =>
      next({ ctx: { ...ctx, client: member.client, clientMember: { id: member.id, role: member.role } } }),
    );
  });
}

/**
 * An agency member (at least `minRole`) acting on one of the agency's clients, named by `clientSlug`. The
 * client is looked up inside `ctx.agency`, so another agency's client is NOT_FOUND. Puts `ctx.client` on
 * the context.
 */
export function agencyClientProcedure(minRole: AgencyRole) {
  return agencyProcedure(minRole)
    .input(clientSlugInput)
    .use(async ({ ctx, input, next }) => {
      const client = await ctx.db.client.findFirst({
        where: { slug: input.clientSlug, agencyId: ctx.agency.id },
        select: { id: true, slug: true, name: true, agencyId: true, status: true, timezone: true, locale: true, currency: true, country: true },
      });
      if (!client) throw new TRPCError({ code: "NOT_FOUND", message: "clientNotFound" });
      return next({ ctx: { ...ctx, client } });
    });
}
