import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createCallerFactory, router } from "@/server/trpc/init";
import { clientPortalProcedure } from "@/server/trpc/procedures";
import { expectTrpcError, makeTenant, uid } from "../support/tenants";
import { makeUser } from "@/server/seed/factories";

// The portal procedures arrive with the clients issue; this pins the step they will be built on.
const probeRouter = router({
  whoAmI: clientPortalProcedure("CLIENT_VIEWER").query(({ ctx }) => ({ client: ctx.client, role: ctx.clientMember.role })),
  adminOnly: clientPortalProcedure("CLIENT_ADMIN").mutation(({ ctx }) => ctx.client.id),
});
const callerAs = (userId: string) => createCallerFactory(probeRouter)({ db, userId, locale: "en" });

async function clientWithUsers() {
  const t = await makeTenant("portal");
  const client = await db.client.create({ data: { agencyId: t.agency.id, slug: `client-${uid()}`, name: "Romashka LLC" } });
  const admin = await makeUser(db, { email: `cadmin-${uid()}@client.test`, name: "Client Admin", passwordHash: "x" });
  const viewer = await makeUser(db, { email: `cview-${uid()}@client.test`, name: "Client Viewer", passwordHash: "x" });
  await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: client.id, userId: admin.id, role: "CLIENT_ADMIN" } });
  await db.clientMember.create({ data: { agencyId: t.agency.id, clientId: client.id, userId: viewer.id, role: "CLIENT_VIEWER" } });
  return { t, client, admin, viewer };
}

describe("clientPortal(minRole)", () => {
  it("lets a client's users in with their role and the client's agency on the context", async () => {
    const { t, client, viewer } = await clientWithUsers();
    expect(await callerAs(viewer.id).whoAmI({ clientSlug: client.slug })).toEqual({
      client: { id: client.id, slug: client.slug, name: "Romashka LLC", agencyId: t.agency.id },
      role: "CLIENT_VIEWER",
    });
  });

  it("a viewer is FORBIDDEN what needs CLIENT_ADMIN; the admin may", async () => {
    const { client, admin, viewer } = await clientWithUsers();
    await expectTrpcError(callerAs(viewer.id).adminOnly({ clientSlug: client.slug }), "FORBIDDEN");
    expect(await callerAs(admin.id).adminOnly({ clientSlug: client.slug })).toBe(client.id);
  });

  it("another client's users and the agency's own staff get NOT_FOUND", async () => {
    const a = await clientWithUsers();
    const b = await clientWithUsers();
    await expectTrpcError(callerAs(b.admin.id).whoAmI({ clientSlug: a.client.slug }), "NOT_FOUND");
    // Agency staff are not client users: the portal is not their door.
    await expectTrpcError(callerAs(a.t.users.OWNER.id).whoAmI({ clientSlug: a.client.slug }), "NOT_FOUND");
  });
});
