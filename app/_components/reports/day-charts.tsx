"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DashboardDay } from "@/server/reports/dashboard";

const SERIES = [
  { key: "answered", color: "#6366f1" },
  { key: "abandoned", color: "#f43f5e" },
  { key: "shortAbandoned", color: "#fda4af" },
  { key: "voicemail", color: "#a78bfa" },
  { key: "afterHours", color: "#a1a1aa" },
] as const;
const AXIS = { fontSize: 11, fill: "#71717a" };

function useDayLabel() {
  const format = useFormatter();
  // The date is a calendar day of the client (YYYY-MM-DD): formatted as such, not shifted by any zone.
  return (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
}

/** Calls per day, stacked by how they ended. Short abandons are drawn apart from the other abandons. */
export function CallsPerDayChart({ days }: { days: DashboardDay[] }) {
  const t = useTranslations("reports.dashboard.series");
  const tc = useTranslations("reports.dashboard.charts");
  const day = useDayLabel();
  const data = days.map((d) => ({ ...d, abandoned: d.abandoned - d.shortAbandoned }));
  return (
    <div className="h-64" role="img" aria-label={tc("perDay")}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -20 }}>
          <CartesianGrid vertical={false} stroke="#f4f4f5" />
          <XAxis dataKey="date" tickFormatter={day} tick={AXIS} tickLine={false} axisLine={false} minTickGap={16} />
          <YAxis allowDecimals={false} tick={AXIS} tickLine={false} axisLine={false} />
          <Tooltip labelFormatter={(v) => day(String(v))} cursor={{ fill: "#f4f4f5" }} />
          <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={t(s.key)} stackId="calls" fill={s.color} maxBarSize={32} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Service level per day (days without calls leave a gap), with the target of the terms as a dashed line. */
export function ServiceLevelChart({ days, targetPercent }: { days: DashboardDay[]; targetPercent: number | null }) {
  const t = useTranslations("reports.dashboard.charts");
  const format = useFormatter();
  const day = useDayLabel();
  const data = days.map((d) => ({ date: d.date, sl: d.serviceLevel === null ? null : Math.round(d.serviceLevel * 1000) / 10 }));
  return (
    <div className="h-64" role="img" aria-label={t("serviceLevel")}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid vertical={false} stroke="#f4f4f5" />
          <XAxis dataKey="date" tickFormatter={day} tick={AXIS} tickLine={false} axisLine={false} minTickGap={16} />
          <YAxis domain={[0, 100]} tick={AXIS} tickLine={false} axisLine={false} unit="%" />
          <Tooltip labelFormatter={(v) => day(String(v))} formatter={(v) => [`${format.number(Number(v))} %`, t("serviceLevel")]} />
          {targetPercent !== null ? (
            <ReferenceLine y={targetPercent} stroke="#f59e0b" strokeDasharray="4 4" label={{ value: `${t("target")} ${targetPercent}%`, position: "insideBottomRight", fontSize: 11, fill: "#b45309" }} />
          ) : null}
          <Line type="linear" dataKey="sl" stroke="#6366f1" strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** How answered calls ended, the most frequent first. */
export function OutcomesChart({ outcomes }: { outcomes: { code: string; label: string; count: number }[] }) {
  const t = useTranslations("reports.dashboard.charts");
  const height = Math.max(120, outcomes.length * 36 + 24);
  return (
    <div style={{ height }} role="img" aria-label={t("outcomes")}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={outcomes} layout="vertical" margin={{ top: 0, right: 24, bottom: 0, left: 0 }}>
          <XAxis type="number" allowDecimals={false} hide />
          <YAxis type="category" dataKey="label" width={140} tick={{ ...AXIS, fill: "#3f3f46" }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "#f4f4f5" }} />
          <Bar dataKey="count" name={t("outcomes")} fill="#6366f1" radius={[0, 4, 4, 0]} maxBarSize={22} label={{ position: "right", fontSize: 11, fill: "#52525b" }} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
