import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/app/_components/ui/alert";

type PastDue = { slug: string; name: string; status: string; pastDueSince: Date | null };

/** Across every agency page: clients whose payment failed, each linking to its billing tab. */
export async function PastDueBanner({ agencySlug, clients }: { agencySlug: string; clients: PastDue[] }) {
  if (clients.length === 0) return null;
  const t = await getTranslations("billing.banner");
  const format = await getFormatter();
  return (
    <Alert tone="error" className="mb-6" title={t("title", { count: clients.length })}>
      <ul className="space-y-0.5">
        {clients.slice(0, 5).map((c) => (
          <li key={c.slug}>
            <Link href={`/a/${agencySlug}/clients/${c.slug}/billing`} className="font-medium underline underline-offset-2 hover:no-underline">
              {c.name}
            </Link>
            {c.pastDueSince ? <span> — {t("since", { date: format.dateTime(c.pastDueSince, { dateStyle: "medium" }) })}</span> : null}
          </li>
        ))}
      </ul>
      {clients.length > 5 ? <p className="mt-1">{t("more", { count: clients.length - 5 })}</p> : null}
    </Alert>
  );
}
