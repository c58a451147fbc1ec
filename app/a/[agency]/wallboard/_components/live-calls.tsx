"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { formatDuration } from "../../calls/_components/format-duration";
import type { LiveCall } from "./wallboard-types";
import { formatPhone } from "@/server/lib/phone";

const statusTone: Record<string, string> = {
  QUEUED: "bg-amber-400/15 text-amber-300",
  OFFERED: "bg-indigo-400/15 text-indigo-200",
  CONNECTED: "bg-rose-400/15 text-rose-300",
  WRAP_UP: "bg-zinc-400/15 text-zinc-300",
};

/** Calls on the line now, longest in their phase first. */
export function LiveCalls({ calls, tick }: { calls: LiveCall[]; tick: number }) {
  const t = useTranslations("wallboard.calls");
  if (calls.length === 0) return <p className="rounded-xl border border-dashed border-white/15 p-6 text-center text-lg text-zinc-400">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-xl ring-1 ring-white/10">
      <table className="w-full text-left text-base">
        <thead className="bg-white/5 text-xs tracking-wide text-zinc-400 uppercase">
          <tr>
            <th className="px-4 py-2.5 font-medium">{t("hotline")}</th>
            <th className="px-4 py-2.5 font-medium">{t("caller")}</th>
            <th className="px-4 py-2.5 font-medium">{t("status")}</th>
            <th className="px-4 py-2.5 font-medium">{t("operator")}</th>
            <th className="px-4 py-2.5 text-right font-medium">{t("time")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-white/5">
          {calls.map((call) => (
            <tr key={call.id} className="text-zinc-100">
              <td className="px-4 py-3">
                <span className="font-medium text-white">{call.hotlineName}</span>
                <span className="ml-2 hidden text-sm text-zinc-400 md:inline">{call.clientName}</span>
              </td>
              <td className="px-4 py-3 font-mono text-sm tabular-nums">{formatPhone(call.fromNumber)}</td>
              <td className="px-4 py-3">
                <span className={cn("rounded-md px-2 py-0.5 text-sm font-medium", statusTone[call.status])}>{t(`state.${call.status}` as never)}</span>
              </td>
              <td className="px-4 py-3 text-zinc-300">{call.operatorName ?? "—"}</td>
              <td className="px-4 py-3 text-right text-lg font-semibold tabular-nums">{formatDuration(call.secondsInStatus + tick)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
