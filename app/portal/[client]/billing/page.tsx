import { getTranslations } from "next-intl/server";
import { CreditCardIcon } from "@/app/_components/icons";
import { InvoicesTable } from "@/app/_components/billing/invoices-table";
import { PeriodCard } from "@/app/_components/billing/period-card";
import { PlanSummary } from "@/app/_components/billing/plan-summary";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("billing.portal");
  return { title: t("title") };
}

/** The client's billing in its portal: its plan in plain words, minutes used against the included ones, its invoices. */
export default async function PortalBillingPage({ params }: { params: Promise<{ client: string }> }) {
  const { client: clientSlug } = await params;
  const t = await getTranslations("billing.portal");
  const caller = await serverCaller();
  const data = await orPage(caller.billing.portal.get({ clientSlug }), `/portal/${clientSlug}/billing`);
  const plan = data.usage.plan;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-zinc-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-zinc-500">{t("description")}</p>
      </div>
      {data.status === "PAST_DUE" || data.status === "UNPAID" ? <Alert title={t("pastDue")}>{t("pastDueHint")}</Alert> : null}
      {plan ? (
        <div className="grid gap-6 lg:grid-cols-5">
          <div className="lg:col-span-3">
            <PeriodCard usage={data.usage} timeZone={data.timeZone} showMargin={false} />
          </div>
          <Card className="lg:col-span-2">
            <CardHeader>
              <CardTitle>{t("plan")}</CardTitle>
            </CardHeader>
            <CardContent>
              <PlanSummary plan={plan} />
            </CardContent>
          </Card>
        </div>
      ) : (
        <Card>
          <EmptyState icon={<CreditCardIcon />} title={t("noPlan")} description={t("noPlanHint")} />
        </Card>
      )}
      <Card>
        <CardHeader className="pb-4">
          <CardTitle>{t("invoices")}</CardTitle>
          <CardDescription>{t("invoicesHint")}</CardDescription>
        </CardHeader>
        <InvoicesTable invoices={data.invoices} timeZone={data.timeZone} />
      </Card>
    </div>
  );
}
