import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/app/_components/ui/alert";

/**
 * Which terms version calls are answered by: its hours, greeting and after-hours action. Without an
 * approved version in force, the call path answers every call with the "not in service" message.
 */
export async function TermsNotice({ terms, termsHref }: { terms: { number: number; effectiveFrom: Date | null } | null; termsHref: string }) {
  const t = await getTranslations("hotlines.terms");
  const format = await getFormatter();
  if (!terms) {
    return (
      <Alert tone="warning" title={t("noneTitle")}>
        {t.rich("none", { link: (c) => <Link href={termsHref} className="font-medium underline">{c}</Link> })}
      </Alert>
    );
  }
  return (
    <Alert tone="info">
      {t.rich("inForce", {
        number: terms.number,
        date: terms.effectiveFrom ? format.dateTime(terms.effectiveFrom, { dateStyle: "medium" }) : "—",
        link: (c) => <Link href={`${termsHref}/${terms.number}`} className="font-medium underline">{c}</Link>,
      })}
    </Alert>
  );
}
