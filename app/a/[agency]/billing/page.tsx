import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/app/_components/page-header";
import { hasAgencyRole } from "@/server/auth/roles";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { AdvanceClockCard } from "./_components/advance-clock-card";
import { ClientsBillingTable } from "./_components/clients-billing-table";
import { FailedMeterEvents } from "./_components/failed-meter-events";
import { PolicyForm } from "./_components/policy-form";
import { StripeConnectionCard } from "./_components/stripe-connection-card";

export async function generateMetadata() {
  const t = await getTranslations("billing");
  return { title: t("title") };
}

/** The agency's billing (SUPERVISOR+ reads, ADMIN+ changes): Stripe, policy, every client's period, refused usage. */
export default async function BillingPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency: agencySlug } = await params;
  const t = await getTranslations("billing");
  const caller = await serverCaller();
  const s = { agencySlug };
  const [agency, account, overview] = await orPage(Promise.all([caller.agency.get(s), caller.billing.account(s), caller.billing.overview(s)]), `/a/${agencySlug}/billing`);
  const canManage = hasAgencyRole(agency.role, "ADMIN");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {account.clockAvailable && canManage ? <AdvanceClockCard agencySlug={agencySlug} /> : null}
        <FailedMeterEvents agencySlug={agencySlug} failed={overview.failedMeterEvents} canManage={canManage} />
        <ClientsBillingTable agencySlug={agencySlug} clients={overview.clients} />
        <StripeConnectionCard agencySlug={agencySlug} account={account} canManage={canManage} />
        <PolicyForm
          agencySlug={agencySlug}
          canManage={canManage}
          initial={{
            failedPaymentAction: account.failedPaymentAction,
            suspendAfterDays: account.suspendAfterDays,
            prorationBehavior: account.prorationBehavior as "create_prorations",
          }}
        />
      </div>
    </>
  );
}
