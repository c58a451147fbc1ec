import type { Db } from "../db";
import { audit } from "../audit";
import { translate } from "../i18n/messages";
import type { AppLocale } from "../i18n/locale";
import { AppError } from "../lib/app-error";
import { enqueueClientSync } from "../billing/stripe/sync";
import { missingRequired } from "./checklist";
import { clientChecklist } from "./checklist-facts";
import type { ClientStatus } from "./clients.schema";
import { canTransition } from "./status-machine";

/**
 * Moves a client along its life (see status-machine.ts), audited with before and after. Going ACTIVE is
 * refused with PRECONDITION_FAILED naming the checklist's missing required items. The client row is
 * locked for the move, so two people clicking at once cannot both move it from the same state.
 * Ending a client withdraws its pending invitations: nobody should join a client that has ended.
 */
export async function setClientStatus(
  db: Db,
  client: { id: string; agencyId: string },
  actor: { userId: string; locale: AppLocale },
  to: ClientStatus,
  now = new Date(),
) {
  const checklist = to === "ACTIVE" ? await clientChecklist(db, client) : [];
  const missing = missingRequired(checklist);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: ClientStatus }[]>`
      SELECT status FROM "Client" WHERE id = ${client.id} AND "agencyId" = ${client.agencyId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "clientNotFound");
    const from = row.status;
    if (from === to) return { status: from };
    if (from === "ENDED") throw new AppError("PRECONDITION_FAILED", "clientEnded");
    if (!canTransition(from, to)) throw new AppError("PRECONDITION_FAILED", "clientStatusTransition", { values: statusNames(actor.locale, from, to) });
    if (to === "ACTIVE" && missing.length > 0) {
      const names = missing.map((key) => translate(actor.locale, `clients.checklist.items.${key}.title`) ?? key);
      throw new AppError("PRECONDITION_FAILED", "clientNotReady", { values: { missing: names.join("; ") } });
    }
    await tx.client.update({ where: { id: client.id }, data: { status: to, statusChangedAt: now } });
    // Billing: an active client gets its Stripe subscription, an ended one has it cancelled (no-op without Stripe).
    if (to === "ACTIVE" || to === "ENDED") await enqueueClientSync(tx, { agencyId: client.agencyId, clientId: client.id, reason: `${to.toLowerCase()}:${now.toISOString()}` });
    if (to === "ENDED") {
      await tx.invitation.updateMany({ where: { clientId: client.id, status: "PENDING" }, data: { status: "REVOKED", revokedAt: now } });
    }
    await audit(tx, {
      agencyId: client.agencyId,
      actorId: actor.userId,
      action: "client.status_changed",
      entityType: "Client",
      entityId: client.id,
      before: { status: from },
      after: { status: to },
    });
    return { status: to };
  });
}

function statusNames(locale: AppLocale, from: ClientStatus, to: ClientStatus) {
  const name = (s: ClientStatus) => translate(locale, `clients.status.${s}`) ?? s;
  return { from: name(from), to: name(to) };
}
