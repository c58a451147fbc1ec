import { useFormatter, useTranslations } from "next-intl";
import { Money } from "@/app/_components/billing/money";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";

export type Preview = { currency: string; lines: { description: string; amountMinor: string | number; quantity: number | null }[]; totalMinor: string | number; periodEnd: Date | string | number } | null;

/** Stripe's preview of the next invoice; Stripe's error stays visible instead of hiding the card. */
export function PreviewCard({ preview, error, timeZone }: { preview: Preview; error: string | null; timeZone: string }) {
  const t = useTranslations("billing.preview");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {preview ? t("description", { date: format.dateTime(toDate(preview.periodEnd), { dateStyle: "medium", timeZone }) }) : t("none")}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {error ? <Alert tone="warning" title={t("failed")}>{error}</Alert> : null}
        {preview ? (
          <dl className="space-y-1.5 text-sm">
            {preview.lines.map((l, i) => (
              <div key={i} className="flex justify-between gap-4 text-zinc-600">
                <dt className="min-w-0">{l.description}</dt>
                <dd className="shrink-0">
                  <Money minor={l.amountMinor} currency={preview.currency} />
                </dd>
              </div>
            ))}
            <div className="flex justify-between border-t border-zinc-200 pt-2 font-semibold text-zinc-900">
              <dt>{t("total")}</dt>
              <dd>
                <Money minor={preview.totalMinor} currency={preview.currency} />
              </dd>
            </div>
          </dl>
        ) : null}
      </CardContent>
    </Card>
  );
}

// Stripe speaks unix seconds; our services may already hand a Date.
function toDate(v: Date | string | number): Date {
  if (v instanceof Date) return v;
  return typeof v === "number" ? new Date(v < 1e12 ? v * 1000 : v) : new Date(v);
}
