import { useTranslations } from "next-intl";
import type { PlanView } from "@/server/billing/plan-view";
import { Money } from "./money";

/**
 * A plan in plain words, for the agency's tab and the client's portal: "50,000 RUB a month, 300 minutes
 * included, then 25 RUB a minute, billed in 6-second steps". Rates are minor units per minute.
 */
export function PlanSummary({ plan }: { plan: PlanView }) {
  const t = useTranslations("billing.plan.summary");
  const c = plan.currency;
  const lines: React.ReactNode[] = [];
  if (plan.monthlyFeeMinor !== "0") lines.push(t.rich("monthlyFee", { amount: () => <Money minor={plan.monthlyFeeMinor} currency={c} className="font-medium text-zinc-900" /> }));
  if (plan.chargeMode === "PER_CALL") {
    lines.push(t.rich("perCall", { amount: () => <Money minor={plan.perCallPrice ?? "0"} currency={c} className="font-medium text-zinc-900" /> }));
  } else {
    if (plan.includedMinutes > 0) lines.push(t("included", { minutes: plan.includedMinutes }));
    lines.push(t.rich(plan.includedMinutes > 0 ? "rateBeyond" : "rate", { amount: () => <Money minor={plan.ratePerMinute} currency={c} className="font-medium text-zinc-900" /> }));
    if (plan.tiers?.length) lines.push(t("tiers", { count: plan.tiers.length }));
    lines.push(t("increment", { seconds: plan.incrementSeconds }));
    if (plan.minimumSeconds > 0) lines.push(t("minimum", { seconds: plan.minimumSeconds }));
    lines.push(t(`billableTime.${plan.billableTime}`));
  }
  if (plan.freeUnderSeconds > 0) lines.push(t("freeUnder", { seconds: plan.freeUnderSeconds }));
  const band = (key: "afterHours" | "night" | "holiday" | "automated", rate: string | null) =>
    rate === null ? null : t.rich(key, { amount: () => <Money minor={rate} currency={c} className="font-medium text-zinc-900" />, from: plan.nightFromHour, to: plan.nightToHour });
  for (const b of [band("afterHours", plan.afterHoursRatePerMinute), band("night", plan.nightRatePerMinute), band("holiday", plan.holidayRatePerMinute), band("automated", plan.automatedRatePerMinute)]) {
    if (b) lines.push(b);
  }
  if (plan.setupFeeMinor !== "0") lines.push(t.rich("setupFee", { amount: () => <Money minor={plan.setupFeeMinor} currency={c} className="font-medium text-zinc-900" /> }));
  return (
    <ul className="space-y-1.5 text-sm text-zinc-600">
      {lines.map((line, i) => (
        <li key={i} className="flex gap-2">
          <span className="mt-2 size-1 shrink-0 rounded-full bg-zinc-400" aria-hidden="true" />
          <span>{line}</span>
        </li>
      ))}
    </ul>
  );
}
