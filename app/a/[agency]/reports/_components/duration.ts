/** Seconds as "2 min 05 s" / "1 h 10 min" through the catalog's duration strings (a translator's choice). */
export function formatDuration(t: (key: string, values: Record<string, number | string>) => string, seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  if (s < 60) return t("seconds", { seconds: s });
  if (s < 3600) return t("minutes", { minutes: Math.floor(s / 60), seconds: String(s % 60).padStart(2, "0") });
  return t("hours", { hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60) });
}
