import { hasAgencyRole } from "../auth/roles";
import type { Db } from "../db";
import { translate } from "../i18n/messages";
import { isLocale } from "../i18n/locale";
import { localDate } from "../metrics/periods";
import { staffMembers } from "./operators";
import { staffCsv, staffRows } from "./staff";
import { unusableLookup } from "../lib/lookup-param";

const COLUMNS = ["name", "email", "hireDate", "tenureMonths", "twelveMonthsOn"] as const;

/**
 * The staff report as CSV over plain HTTP, with the same rights as `agencyReport.staff`: signed out → 401,
 * not a member of this agency → 404 (nothing revealed), a member below SUPERVISOR → 403.
 */
export async function handleStaffCsv(db: Db, userId: string | null, agencySlug: string): Promise<Response> {
  if (!userId) return new Response("unauthorized", { status: 401 });
  if (unusableLookup(agencySlug)) return new Response("not found", { status: 404 });
  const member = await db.agencyMember.findFirst({
    where: { userId, agency: { slug: agencySlug } },
    select: { role: true, user: { select: { locale: true } }, agency: { select: { id: true, slug: true, timezone: true, locale: true } } },
  });
  if (!member) return new Response("not found", { status: 404 });
  if (!hasAgencyRole(member.role, "SUPERVISOR")) return new Response("forbidden", { status: 403 });
  const locale = isLocale(member.user.locale) ? member.user.locale : isLocale(member.agency.locale) ? member.agency.locale : "en";
  const today = localDate(new Date(), member.agency.timezone);
  const rows = staffRows(await staffMembers(db, member.agency.id), today);
  const headers = COLUMNS.map((c) => translate(locale, `agencyReports.staff.columns.${c}`) ?? c) as unknown as [string, string, string, string, string];
  return new Response(staffCsv(rows, headers), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${member.agency.slug}-staff-${today}.csv"`,
      "cache-control": "no-store",
    },
  });
}
