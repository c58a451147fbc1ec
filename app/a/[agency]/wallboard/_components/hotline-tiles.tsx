"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { formatDuration } from "../../calls/_components/format-duration";
import type { Tile } from "./wallboard-types";

/** One tile per hotline: the queue right now and today's service, large enough to read from the back. */
export function HotlineTiles({ tiles, tick }: { tiles: Tile[]; tick: number }) {
  const t = useTranslations("wallboard.hotlines");
  if (tiles.length === 0) return <p className="rounded-xl border border-dashed border-white/15 p-8 text-center text-lg text-zinc-400">{t("empty")}</p>;
  return (
    <ul className="grid grid-cols-[repeat(auto-fit,minmax(min(100%,22rem),1fr))] gap-4">
      {tiles.map((tile) => (
        <HotlineTile key={tile.id} tile={tile} tick={tick} />
      ))}
    </ul>
  );
}

function HotlineTile({ tile, tick }: { tile: Tile; tick: number }) {
  const t = useTranslations("wallboard.hotlines");
  const format = useFormatter();
  const longest = tile.waiting > 0 ? tile.longestWaitSeconds + tick : 0;
  // Waiting past the SLA's answer time is what a supervisor must see first.
  const late = tile.sla !== null && tile.waiting > 0 && longest > tile.sla.withinSeconds;
  const level = tile.serviceLevelPercent;
  return (
    <li className={cn("rounded-xl bg-zinc-900 p-5 ring-1", late ? "ring-rose-500/60" : "ring-white/10")}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="truncate text-xl font-semibold text-white">{tile.name}</h3>
          <p className="truncate text-sm text-zinc-400">{tile.clientName}</p>
        </div>
        {tile.status !== "ACTIVE" ? <span className="rounded bg-zinc-700 px-2 py-0.5 text-xs font-medium text-zinc-200">{t("paused")}</span> : null}
      </div>
      <div className="mt-4 grid grid-cols-2 gap-4">
        <Figure label={t("waiting")} value={format.number(tile.waiting)} tone={tile.waiting > 0 ? (late ? "bad" : "warn") : "plain"} />
        <Figure label={t("longestWait")} value={tile.waiting > 0 ? formatDuration(longest)! : "—"} tone={late ? "bad" : "plain"} />
      </div>
      <div className="mt-4 grid grid-cols-3 gap-3 border-t border-white/10 pt-4">
        <Small label={t("answered")} value={format.number(tile.answered)} />
        <Small label={t("abandoned")} value={format.number(tile.abandoned)} />
        <Small
          label={t("serviceLevel")}
          value={level === null ? "—" : `${format.number(level, { maximumFractionDigits: 0 })}%`}
          tone={tile.meetsTarget === null ? "plain" : tile.meetsTarget ? "good" : "bad"}
        />
      </div>
      <p className="mt-2 text-xs text-zinc-500">
        {tile.sla ? t("target", { percent: tile.sla.answeredPercent, seconds: tile.sla.withinSeconds }) : t("noSla")}
      </p>
    </li>
  );
}

const toneClass = { plain: "text-white", warn: "text-amber-300", bad: "text-rose-400", good: "text-emerald-400" };

function Figure({ label, value, tone }: { label: string; value: string; tone: keyof typeof toneClass }) {
  return (
    <div>
      <p className="text-xs font-medium tracking-wide text-zinc-400 uppercase">{label}</p>
      <p className={cn("mt-1 text-5xl font-semibold tabular-nums", toneClass[tone])}>{value}</p>
    </div>
  );
}

function Small({ label, value, tone = "plain" }: { label: string; value: string; tone?: keyof typeof toneClass }) {
  return (
    <div>
      <p className="text-xs text-zinc-400">{label}</p>
      <p className={cn("mt-0.5 text-2xl font-semibold tabular-nums", toneClass[tone])}>{value}</p>
    </div>
  );
}
