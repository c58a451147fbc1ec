import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MailIcon, PhoneIcon, UsersIcon } from "@/app/_components/icons";
import { Card, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { initials } from "@/app/_lib/initials";
import type { ClientDetail } from "@/app/_lib/router-types";
import { formatPhone } from "@/server/lib/phone";

/** Who to reach at the client, with mailto/tel links; editing happens on the Details tab. */
export async function ContactsCard({ contacts, detailsHref, canEdit }: { contacts: ClientDetail["contacts"]; detailsHref: string; canEdit: boolean }) {
  const t = await getTranslations("clients.overview.contacts");
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between pb-1">
        <CardTitle>{t("title")}</CardTitle>
        {canEdit ? (
          <Link href={detailsHref} className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
            {t("edit")}
          </Link>
        ) : null}
      </CardHeader>
      {contacts.length === 0 ? (
        <EmptyState icon={<UsersIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} className="py-8" />
      ) : (
        <ul className="divide-y divide-zinc-100">
          {contacts.map((c) => (
            <li key={c.id} className="flex items-start gap-3 px-5 py-3.5 sm:px-6">
              <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600" aria-hidden="true">
                {initials(c.name)}
              </span>
              <div className="min-w-0 flex-1 text-sm">
                <p className="truncate font-medium text-zinc-900">
                  {c.name}
                  {c.role ? <span className="font-normal text-zinc-500"> · {c.role}</span> : null}
                </p>
                <div className="mt-0.5 flex flex-wrap gap-x-4 gap-y-1 text-zinc-600">
                  {c.email ? (
                    <a href={`mailto:${c.email}`} className="inline-flex min-w-0 items-center gap-1.5 hover:text-indigo-600">
                      <MailIcon className="size-3.5 shrink-0 text-zinc-400" />
                      <span className="truncate">{c.email}</span>
                    </a>
                  ) : null}
                  {c.phone ? (
                    <a href={`tel:${c.phone}`} className="inline-flex items-center gap-1.5 tabular-nums hover:text-indigo-600">
                      <PhoneIcon className="size-3.5 shrink-0 text-zinc-400" />
                      {formatPhone(c.phone)}
                    </a>
                  ) : null}
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
