import { audit } from "../audit";
import { hasAgencyRole } from "../auth/roles";
import type { Db } from "../db";
import { clientExportStream } from "./client-export";
import { unusableLookup } from "../lib/lookup-param";

/**
 * One client's data as a JSON download (a data-subject request), ADMIN and above: signed out → 401; not a
 * member of this agency, or a client of another agency → 404 (nothing revealed); a member below ADMIN → 403.
 * The export is audited before the first byte goes out, so a download that is cut off is still on record.
 */
export async function handleClientExport(db: Db, userId: string | null, p: { agency: string; client: string }, now = new Date(), pageSize?: number): Promise<Response> {
  if (!userId) return json({ error: "unauthorized" }, 401);
  if (unusableLookup(p.agency, p.client)) return json({ error: "not found" }, 404);
  const member = await db.agencyMember.findFirst({ where: { userId, agency: { slug: p.agency } }, select: { role: true, agencyId: true } });
  if (!member) return json({ error: "not found" }, 404);
  if (!hasAgencyRole(member.role, "ADMIN")) return json({ error: "forbidden" }, 403);
  const client = await db.client.findFirst({ where: { slug: p.client, agencyId: member.agencyId }, select: { id: true, slug: true } });
  if (!client) return json({ error: "not found" }, 404);
  await db.$transaction((tx) =>
    audit(tx, { agencyId: member.agencyId, actorId: userId, action: "client.data_exported", entityType: "Client", entityId: client.id, after: { format: "json" } }),
  );
  const day = now.toISOString().slice(0, 10);
  return new Response(clientExportStream(db, { agencyId: member.agencyId, clientId: client.id }, now, pageSize), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${client.slug}-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
}
