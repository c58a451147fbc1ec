import type { Tx } from "../db";
import { AppError } from "../lib/app-error";
import type { ClientFields } from "./clients.schema";

/**
 * Makes the client's contacts exactly `contacts`, in that order. A contact sent with an id is updated in
 * place (terms of reference may name it as a recipient), one without is created, one left out is
 * deleted. An id that is not one of this client's contacts is NOT_FOUND and the transaction rolls back.
 */
export async function replaceContacts(tx: Tx, client: { id: string; agencyId: string }, contacts: ClientFields["contacts"]) {
  const existing = await tx.clientContact.findMany({ where: { clientId: client.id, agencyId: client.agencyId }, select: { id: true } });
  const ids = new Set(existing.map((c) => c.id));
  const kept = new Set<string>();
  for (const [position, c] of contacts.entries()) {
    const data = { name: c.name, role: c.role, email: c.email, phone: c.phone, position };
    if (c.id) {
      if (!ids.has(c.id) || kept.has(c.id)) throw new AppError("NOT_FOUND", "contactNotFound");
      kept.add(c.id);
      await tx.clientContact.update({ where: { id: c.id }, data });
    } else {
      await tx.clientContact.create({ data: { ...data, clientId: client.id, agencyId: client.agencyId } });
    }
  }
  const removed = [...ids].filter((id) => !kept.has(id));
  if (removed.length > 0) await tx.clientContact.deleteMany({ where: { id: { in: removed }, clientId: client.id } });
}
