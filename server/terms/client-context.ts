import type { Db, Tx } from "../db";
import { AppError } from "../lib/app-error";
import type { TermsLocale } from "./terms.schema";

/** A client as the callers (agency or portal procedures) name it: always looked up inside its agency. */
export type ClientRef = { id: string; agencyId: string };

/**
 * What the terms pages and services need to know about the client: its language (the greeting must
 * exist in it), its time zone (hours and effective dates), its contacts (delivery recipients) and the
 * slugs for links in e-mails.
 */
export async function loadTermsClient(db: Db | Tx, client: ClientRef) {
  const row = await db.client.findFirst({
    where: { id: client.id, agencyId: client.agencyId },
    select: {
      id: true,
      agencyId: true,
      slug: true,
      name: true,
      locale: true,
      timezone: true,
      agency: { select: { slug: true, name: true, locale: true } },
      contacts: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, role: true, email: true, phone: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "clientNotFound");
  return { ...row, locale: row.locale as TermsLocale };
}
export type TermsClient = Awaited<ReturnType<typeof loadTermsClient>>;
