import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { CreditCardIcon } from "@/app/_components/icons";
import { InvoicesTable } from "@/app/_components/billing/invoices-table";
import { PlanSummary } from "@/app/_components/billing/plan-summary";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { hasAgencyRole } from "@/server/auth/roles";
import { AppError } from "@/server/lib/app-error";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { PeriodCard } from "@/app/_components/billing/period-card";
import { PlanEditor } from "./_components/plan-editor";
import { PlanVersions } from "./_components/plan-versions";
import { PreviewCard, type Preview } from "./_components/preview-card";

export async function generateMetadata() {
  const t = await getTranslations("billing.client");
  return { title: t("title") };
}

/** One client's billing for its agency: the period so far and margin, the next invoice, invoices, the plan and its versions. */
export default async function ClientBillingPage({ params }: { params: Promise<{ agency: string; client: string }> }) {
  const { agency: agencySlug, client: clientSlug } = await params;
  const t = await getTranslations("billing.client");
  const caller = await serverCaller();
  const s = { agencySlug, clientSlug };
  const base = `/a/${agencySlug}/clients/${clientSlug}/billing`;
  const [agency, data, invoices] = await orPage(Promise.all([caller.agency.get({ agencySlug }), caller.billing.client.get(s), caller.billing.client.invoices(s)]), base);
  // The preview asks Stripe: its failure is shown on its card, the rest of the page still works.
  let preview: Preview = null;
  let previewError: string | null = null;
  try {
    preview = (await caller.billing.client.preview(s)) as Preview;
  } catch (error) {
    // A server-side call skips the tRPC error formatter: translate the service's key here (Stripe's reason included).
    const te = await getTranslations("errors");
    const cause = error instanceof TRPCError && error.cause instanceof AppError ? error.cause : null;
    previewError = cause && te.has(cause.key as "internal") ? te(cause.key as "internal", cause.options.values as never) : te("internal");
  }
  const canManage = hasAgencyRole(agency.role, "ADMIN");
  const tz = data.client.timezone;
  const plan = data.usage.plan;
  return (
    <div className="space-y-6">
      {data.billing?.lastError ? <Alert title={t("lastError")}>{data.billing.lastError}</Alert> : null}
      {data.billing?.status === "PAST_DUE" || data.billing?.status === "UNPAID" ? <Alert title={t("pastDue")}>{t("pastDueHint")}</Alert> : null}
      {plan ? (
        <div className="grid gap-6 lg:grid-cols-5">
          <div className="lg:col-span-3">
            <PeriodCard usage={data.usage} status={data.billing?.status ?? "NONE"} timeZone={tz} showMargin />
          </div>
          <div className="space-y-6 lg:col-span-2">
            <PreviewCard preview={preview} error={previewError} timeZone={tz} />
            <Card>
              <CardHeader>
                <CardTitle>{t("planInForce", { version: plan.version })}</CardTitle>
              </CardHeader>
              <CardContent>
                <PlanSummary plan={plan} />
              </CardContent>
            </Card>
          </div>
        </div>
      ) : (
        <Card>
          <EmptyState icon={<CreditCardIcon />} title={t("noPlan")} description={canManage ? t("noPlanHint") : t("noPlanAskAdmin")} />
        </Card>
      )}
      <Card>
        <CardHeader className="pb-4">
          <CardTitle>{t("invoices")}</CardTitle>
          <CardDescription>{t("invoicesHint")}</CardDescription>
        </CardHeader>
        <InvoicesTable invoices={invoices} timeZone={tz} callsHref={(id) => `${base}/invoices/${id}`} />
      </Card>
      <Card>
        <CardHeader className="pb-4">
          <CardTitle>{t("versions")}</CardTitle>
          <CardDescription>{t("versionsHint")}</CardDescription>
        </CardHeader>
        {data.plans.length ? <PlanVersions plans={data.plans} inForceId={plan?.id ?? null} timeZone={tz} /> : <p className="px-6 pb-6 text-sm text-zinc-500">{t("noVersions")}</p>}
      </Card>
      {canManage ? <PlanEditor agencySlug={agencySlug} clientSlug={clientSlug} currency={data.client.currency} current={plan ?? data.plans.at(-1) ?? null} timeZone={tz} /> : null}
    </div>
  );
}
