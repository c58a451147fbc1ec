import { useFormatter, useTranslations } from "next-intl";
import { Money } from "@/app/_components/billing/money";
import { Badge } from "@/app/_components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import type { PlanView } from "@/server/billing/plan-view";

/** Every version of the plan, newest first; the one in force is marked, future ones say so. */
export function PlanVersions({ plans, inForceId, timeZone }: { plans: PlanView[]; inForceId: string | null; timeZone: string }) {
  const t = useTranslations("billing.plan.versions");
  const format = useFormatter();
  const now = Date.now();
  const sorted = [...plans].sort((a, b) => b.version - a.version);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("version")}</TableHead>
          <TableHead>{t("effectiveFrom")}</TableHead>
          <TableHead className="text-right">{t("fee")}</TableHead>
          <TableHead className="text-right">{t("included")}</TableHead>
          <TableHead className="text-right">{t("rate")}</TableHead>
          <TableHead>{t("increment")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((p) => (
          <TableRow key={p.id}>
            <TableCell className="font-medium whitespace-nowrap text-zinc-900">
              v{p.version}{" "}
              {p.id === inForceId ? <Badge tone="green">{t("inForce")}</Badge> : new Date(p.effectiveFrom).getTime() > now ? <Badge tone="sky">{t("scheduled")}</Badge> : null}
            </TableCell>
            <TableCell className="whitespace-nowrap">{format.dateTime(new Date(p.effectiveFrom), { dateStyle: "medium", timeZone })}</TableCell>
            <TableCell className="text-right">
              <Money minor={p.monthlyFeeMinor} currency={p.currency} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.number(p.includedMinutes)}</TableCell>
            <TableCell className="text-right">{p.chargeMode === "PER_CALL" ? <>{<Money minor={p.perCallPrice ?? "0"} currency={p.currency} />} {t("perCall")}</> : <>{<Money minor={p.ratePerMinute} currency={p.currency} />} {t("perMinute")}</>}</TableCell>
            <TableCell className="tabular-nums">{t("seconds", { seconds: p.incrementSeconds })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
