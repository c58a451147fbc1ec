import { hasAgencyRole } from "../auth/roles";
import type { Db } from "../db";
import { isLocale } from "../i18n/locale";
import { AppError } from "../lib/app-error";
import { invoiceCallsCsv } from "./invoice-calls";
import { unusableLookup } from "../lib/lookup-param";

/**
 * The calls behind one invoice as CSV over plain HTTP, with the rights of `billing.client.invoice`: signed out
 * → 401; not a member of this agency, a client or invoice not of this agency → 404 (nothing revealed); a member
 * below SUPERVISOR → 403.
 */
export async function handleInvoiceCallsCsv(db: Db, userId: string | null, p: { agency: string; client: string; invoice: string }): Promise<Response> {
  if (!userId) return new Response("unauthorized", { status: 401 });
  if (unusableLookup(p.agency, p.client, p.invoice)) return new Response("not found", { status: 404 });
  const member = await db.agencyMember.findFirst({
    where: { userId, agency: { slug: p.agency } },
    select: { role: true, agencyId: true, user: { select: { locale: true } } },
  });
  if (!member) return new Response("not found", { status: 404 });
  if (!hasAgencyRole(member.role, "SUPERVISOR")) return new Response("forbidden", { status: 403 });
  const client = await db.client.findFirst({ where: { slug: p.client, agencyId: member.agencyId }, select: { id: true, slug: true, timezone: true, locale: true } });
  if (!client) return new Response("not found", { status: 404 });
  const invoice = await db.invoiceRecord.findFirst({ where: { id: p.invoice, agencyId: member.agencyId, clientId: client.id }, select: { id: true, number: true } });
  if (!invoice) return new Response("not found", { status: 404 });
  const locale = isLocale(member.user.locale) ? member.user.locale : isLocale(client.locale) ? client.locale : "en";
  try {
    const stream = await invoiceCallsCsv(db, { agencyId: member.agencyId, clientId: client.id, invoiceId: invoice.id, timezone: client.timezone, locale });
    const name = `${client.slug}-invoice-${(invoice.number ?? invoice.id).replace(/[^\w-]/g, "_")}-calls.csv`;
    return new Response(stream, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("not found", { status: 404 });
    throw error;
  }
}
