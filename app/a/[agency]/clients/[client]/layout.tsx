import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChevronLeftIcon } from "@/app/_components/icons";
import { Alert } from "@/app/_components/ui/alert";
import { currentUser } from "@/app/_lib/session";
import { hasAgencyRole } from "@/server/auth/roles";
import { missingRequired } from "@/server/clients/checklist";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { ClientStatusBadge } from "../_components/client-status-badge";
import { countryName } from "../_components/country-name";
import { ClientTabs } from "./_components/client-tabs";
import { StatusActions } from "./_components/status-actions";

/** Every page of one client: its header (name, status, the status moves) and its tabs. */
export default async function ClientLayout({ children, params }: { children: React.ReactNode; params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  if (!(await currentUser())) return children;
  const caller = await serverCaller();
  const s = { agencySlug, clientSlug };
  const [client, checklist] = await orPage(Promise.all([caller.client.get(s), caller.client.checklist(s)]), `/a/${agencySlug}/clients/${clientSlug}`);
  const t = await getTranslations("clients.header");
  const tc = await getTranslations("clients.checklist.items");
  const format = await getFormatter();
  const locale = await getLocale();
  const canManage = hasAgencyRole(client.role, "ADMIN");
  const base = `/a/${agencySlug}/clients/${clientSlug}`;
  const missing = missingRequired(checklist).map((key) => ({ key, title: tc(`${key}.title`), href: `${base}/${checklist.find((i) => i.key === key)?.tab ?? ""}`.replace(/\/$/, "") }));

  return (
    <div>
      <Link href={`/a/${agencySlug}/clients`} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
        <ChevronLeftIcon className="size-4" />
        {t("back")}
      </Link>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 items-start gap-3">
          <span className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-indigo-50 text-lg font-semibold text-indigo-700 ring-1 ring-indigo-600/10" aria-hidden="true">
            {client.name.trim().slice(0, 1).toUpperCase()}
          </span>
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h1 className="truncate text-2xl font-semibold tracking-tight text-zinc-900">{client.name}</h1>
              <ClientStatusBadge status={client.status} />
            </div>
            <p className="mt-1 truncate text-sm text-zinc-500">
              {[client.legalName, countryName(client.country, locale), client.timezone.replaceAll("_", " ")].filter(Boolean).join(" · ")}
            </p>
          </div>
        </div>
        {canManage ? <StatusActions agencySlug={agencySlug} clientSlug={clientSlug} clientName={client.name} status={client.status} missing={missing} /> : null}
      </div>
      {client.status === "ENDED" ? (
        <Alert tone="info" className="mt-4" title={t("ended", { date: format.dateTime(client.statusChangedAt ?? client.updatedAt, { dateStyle: "long" }) })}>
          {t("endedHint")}
        </Alert>
      ) : null}
      <ClientTabs base={base} canManage={canManage} canSeeBilling={hasAgencyRole(client.role, "SUPERVISOR")} />
      <div className="pt-6">{children}</div>
    </div>
  );
}
