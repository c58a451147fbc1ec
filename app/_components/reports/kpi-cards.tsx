import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/app/_components/ui/card";
import type { ClientDashboard } from "@/server/reports/dashboard";
import { ChangeBadge } from "./change-badge";

type Kpi = { key: string; label: string; value: string; sub?: string; current: number | null; previous: number | null; better: "up" | "down"; points?: boolean };

/** The headline figures of the period, each with its change against the period before. */
export async function KpiCards({ data }: { data: ClientDashboard }) {
  const t = await getTranslations("reports.dashboard.kpi");
  const format = await getFormatter();
  const { current: c, previous: p, sla } = data;
  const n = (v: number) => format.number(v);
  const secs = (v: number | null) => (v === null ? "—" : format.number(Math.round(v), { style: "unit", unit: "second", unitDisplay: "narrow" }));
  const pct = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const kpis: Kpi[] = [
    { key: "offered", label: t("offered"), value: n(c.offered), current: c.offered, previous: p.offered, better: "up" },
    { key: "answered", label: t("answered"), value: n(c.answered), current: c.answered, previous: p.answered, better: "up" },
    {
      key: "sl", label: t("serviceLevel"), value: pct(c.serviceLevel), current: c.serviceLevel, previous: p.serviceLevel, better: "up", points: true,
      sub: sla ? t("serviceLevelTarget", { percent: sla.percent, seconds: sla.seconds }) : t("noTarget"),
    },
    { key: "asa", label: t("asa"), value: secs(c.asaSeconds), current: c.asaSeconds, previous: p.asaSeconds, better: "down" },
    { key: "abandoned", label: t("abandoned"), value: n(c.abandoned), sub: t("shortAbandoned", { count: c.shortAbandoned }), current: c.abandoned, previous: p.abandoned, better: "down" },
    { key: "aht", label: t("aht"), value: secs(c.ahtSeconds), current: c.ahtSeconds, previous: p.ahtSeconds, better: "down" },
    { key: "longest", label: t("longestWait"), value: secs(c.longestWaitSeconds), current: c.longestWaitSeconds, previous: p.longestWaitSeconds, better: "down" },
    { key: "talk", label: t("talkMinutes"), value: format.number(c.talkMinutes, { maximumFractionDigits: 0 }), current: c.talkMinutes, previous: p.talkMinutes, better: "up" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {kpis.map((k) => {
        const below = k.key === "sl" && sla && c.serviceLevel !== null && c.serviceLevel * 100 < sla.percent;
        return (
          <Card key={k.key} className="min-w-0 p-4 sm:p-5">
            <dt className="truncate text-sm font-medium text-zinc-500">{k.label}</dt>
            <dd>
              <p className={below ? "mt-1 text-2xl font-semibold tracking-tight text-amber-600 tabular-nums" : "mt-1 text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums"}>{k.value}</p>
              {k.sub ? <p className="truncate text-xs text-zinc-500">{k.sub}</p> : null}
              <ChangeBadge current={k.current} previous={k.previous} better={k.better} points={k.points} />
            </dd>
          </Card>
        );
      })}
    </dl>
  );
}
