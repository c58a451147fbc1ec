import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { countryName } from "../_components/country-name";
import { ContactsCard } from "./_components/contacts-card";
import { OnboardingChecklist } from "./_components/onboarding-checklist";

export async function generateMetadata({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const client = await (await serverCaller()).client.get({ agencySlug, clientSlug }).catch(() => null);
  return { title: client?.name };
}

/** The client at a glance: the onboarding checklist, the contacts, and the facts operators need. */
export default async function ClientOverviewPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const caller = await serverCaller();
  const s = { agencySlug, clientSlug };
  const [client, checklist] = await orPage(Promise.all([caller.client.get(s), caller.client.checklist(s)]), `/a/${agencySlug}/clients/${clientSlug}`);
  const t = await getTranslations("clients.overview");
  const format = await getFormatter();
  const locale = await getLocale();
  const base = `/a/${agencySlug}/clients/${clientSlug}`;
  const canManage = hasAgencyRole(client.role, "ADMIN");
  const now = new Date();
  const facts = [
    { label: t("facts.localTime"), value: format.dateTime(now, { timeZone: client.timezone, hour: "2-digit", minute: "2-digit", weekday: "short" }) },
    { label: t("facts.timezone"), value: client.timezone.replaceAll("_", " ") },
    { label: t("facts.country"), value: countryName(client.country, locale) },
    { label: t("facts.language"), value: client.locale === "ru" ? "Русский" : "English" },
    { label: t("facts.currency"), value: client.currency },
    { label: t("facts.taxId"), value: client.taxId ?? "—" },
    { label: t("facts.portal"), value: `/portal/${client.slug}` },
    { label: t("facts.added"), value: format.dateTime(client.createdAt, { dateStyle: "medium" }) },
  ];

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        <OnboardingChecklist items={checklist} base={base} canManage={canManage} status={client.status} />
      </div>
      <div className="min-w-0 space-y-6">
        <ContactsCard contacts={client.contacts} detailsHref={`${base}/details`} canEdit={canManage && client.status !== "ENDED"} />
        <Card>
          <CardHeader>
            <CardTitle>{t("facts.title")}</CardTitle>
          </CardHeader>
          <CardContent className="pt-3">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              {facts.map((f) => (
                <div key={f.label} className="contents">
                  <dt className="text-zinc-500">{f.label}</dt>
                  <dd className="min-w-0 truncate text-right text-zinc-900">{f.value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
