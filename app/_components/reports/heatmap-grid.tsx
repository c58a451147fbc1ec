import { getFormatter, getTranslations } from "next-intl/server";

const HOURS = Array.from({ length: 24 }, (_, h) => h);
// 2024-01-01 was a Monday: the weekday names in the reader's language, Monday first like the grid.
const MONDAY = Date.UTC(2024, 0, 1);

/** Calls by weekday (rows, Monday first) and local hour (columns): darker is busier. Scrolls sideways on phones. */
export async function HeatmapGrid({ grid }: { grid: number[][] }) {
  const t = await getTranslations("reports.dashboard.charts");
  const format = await getFormatter();
  const days = grid.map((_, i) => format.dateTime(new Date(MONDAY + i * 86_400_000), { weekday: "short", timeZone: "UTC" }));
  const max = Math.max(1, ...grid.flat());
  const shade = (v: number) => (v === 0 ? "bg-zinc-100" : ["bg-indigo-100", "bg-indigo-200", "bg-indigo-300", "bg-indigo-400", "bg-indigo-500", "bg-indigo-600"][Math.min(5, Math.floor((v / max) * 6))]);
  return (
    <div>
      {/* relative: the cells' sr-only labels are absolutely placed and must not escape the scroller */}
      <div className="relative overflow-x-auto pb-1">
        <table className="w-full min-w-[32rem] table-fixed border-separate border-spacing-[3px] text-[10px] text-zinc-500">
          <thead>
            <tr>
              <th scope="col" className="w-8" />
              {HOURS.map((h) => (
                <th key={h} scope="col" className="font-normal tabular-nums">
                  {h % 3 === 0 ? h : ""}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, d) => (
              <tr key={d}>
                <th scope="row" className="pr-1 text-left font-medium">{days[d]}</th>
                {row.map((v, h) => (
                  <td key={h} className={`h-5 rounded-[3px] ${shade(v)}`} title={t("heatmapCell", { day: days[d]!, hour: h, count: v })}>
                    <span className="sr-only">{t("heatmapCell", { day: days[d]!, hour: h, count: v })}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex items-center justify-end gap-1.5 text-xs text-zinc-500" aria-hidden="true">
        {t("less")}
        {["bg-zinc-100", "bg-indigo-200", "bg-indigo-400", "bg-indigo-600"].map((c) => <span key={c} className={`size-3 rounded-[3px] ${c}`} />)}
        {t("more")}
      </div>
    </div>
  );
}
