import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvoiceStatusBadge } from "@/app/_components/billing/billing-status-badge";
import { Money } from "@/app/_components/billing/money";
import { ChevronLeftIcon, DownloadIcon, ExternalLinkIcon } from "@/app/_components/icons";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { InvoiceCallsTable } from "./invoice-calls-table";

export async function generateMetadata() {
  const t = await getTranslations("billing.invoice");
  return { title: t("calls") };
}

/** One invoice with its lines and the calls behind it (a page at a time), and the same calls as CSV. */
export default async function InvoicePage({ params, searchParams }: { params: Promise<{ agency: string; client: string; invoice: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { agency: agencySlug, client: clientSlug, invoice: invoiceId } = await params;
  const { cursor } = await searchParams;
  const t = await getTranslations("billing.invoice");
  const format = await getFormatter();
  const caller = await serverCaller();
  const base = `/a/${agencySlug}/clients/${clientSlug}/billing`;
  const { invoice, calls, client } = await orPage(caller.billing.client.invoice({ agencySlug, clientSlug, invoiceId, cursor, take: 50 }), `${base}/invoices/${invoiceId}`);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: client.timezone });
  const c = invoice.currency;
  return (
    <div className="space-y-6">
      <Link href={base} className="inline-flex items-center gap-1 text-sm text-zinc-500 hover:text-zinc-800">
        <ChevronLeftIcon />
        {t("back")}
      </Link>
      <Card>
        <CardHeader>
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle>{invoice.number ? t("title", { number: invoice.number }) : t("draftTitle")}</CardTitle>
            <InvoiceStatusBadge status={invoice.status} paymentFailed={Boolean(invoice.paymentFailedAt)} />
          </div>
          <CardDescription>{t("period", { from: day(invoice.periodStart), to: day(new Date(invoice.periodEnd.getTime() - 1000)) })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-6 md:grid-cols-[2fr_1fr]">
          <dl className="space-y-1.5 text-sm">
            {invoice.lines.map((l, i) => (
              <div key={i} className="flex justify-between gap-4 text-zinc-600">
                <dt className="min-w-0">{l.description ?? "—"}</dt>
                <dd className="shrink-0">
                  <Money minor={l.amountMinor ?? 0} currency={c} />
                </dd>
              </div>
            ))}
            <div className="flex justify-between border-t border-zinc-200 pt-2 font-semibold text-zinc-900">
              <dt>{t("total")}</dt>
              <dd>
                <Money minor={invoice.totalMinor} currency={c} />
              </dd>
            </div>
            <div className="flex justify-between text-zinc-600">
              <dt>{t("amountPaid")}</dt>
              <dd>
                <Money minor={invoice.amountPaidMinor} currency={c} />
              </dd>
            </div>
          </dl>
          <div className="flex flex-col items-start gap-2 md:items-end">
            {invoice.hostedInvoiceUrl ? (
              <a href={invoice.hostedInvoiceUrl} target="_blank" rel="noreferrer" className={buttonClass({ variant: "secondary", size: "sm" })}>
                <ExternalLinkIcon className="size-4" /> Stripe
              </a>
            ) : null}
            {invoice.invoicePdf ? (
              <a href={invoice.invoicePdf} target="_blank" rel="noreferrer" className={buttonClass({ variant: "secondary", size: "sm" })}>
                <ExternalLinkIcon className="size-4" /> PDF
              </a>
            ) : null}
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardHeader className="pb-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <CardTitle>{t("calls")}</CardTitle>
              <CardDescription>{t("callsHint")}</CardDescription>
            </div>
            <a href={`/api/agency/${agencySlug}/clients/${clientSlug}/invoices/${invoice.id}/calls.csv`} className={buttonClass({ variant: "secondary", size: "sm" })} download>
              <DownloadIcon className="size-4" />
              {t("csv")}
            </a>
          </div>
        </CardHeader>
        <InvoiceCallsTable items={calls.items} timeZone={client.timezone} />
        {calls.nextCursor || cursor ? (
          <div className="flex justify-end gap-2 border-t border-zinc-100 px-6 py-3">
            {cursor ? (
              <Link href={`${base}/invoices/${invoice.id}`} className={buttonClass({ variant: "ghost", size: "sm" })}>
                ← 1
              </Link>
            ) : null}
            {calls.nextCursor ? (
              <Link href={`${base}/invoices/${invoice.id}?cursor=${encodeURIComponent(calls.nextCursor)}`} className={buttonClass({ variant: "secondary", size: "sm" })}>
                {t("more")}
              </Link>
            ) : null}
          </div>
        ) : null}
      </Card>
    </div>
  );
}
