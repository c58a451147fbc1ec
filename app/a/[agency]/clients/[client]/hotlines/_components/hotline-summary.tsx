import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import type { HotlineRow } from "@/server/hotlines/hotlines-read";
import type { HotlineMenu } from "@/server/hotlines/hotlines.schema";
import { formatPhone } from "@/server/lib/phone";

/** The hotline's settings at a glance, as a definition list. */
export async function HotlineSummary({ hotline: h, currency }: { hotline: HotlineRow; currency: string }) {
  const t = await getTranslations("hotlines.summary");
  const tf = await getTranslations("hotlines.form");
  const tl = await getTranslations("hotlines.languages");
  const format = await getFormatter();
  const menu = h.menu as HotlineMenu | null;
  const action = (a: string, to: string | null) => (a === "FORWARD" && to ? `${tf("actions.FORWARD")}: ${formatPhone(to)}` : tf(`actions.${a}` as "actions.VOICEMAIL"));
  const rows: [string, string][] = [
    [t("languages"), h.languages.map((l) => tl(l as "ru")).join(", ")],
    [t("priority"), String(h.priority)],
    [t("maxWait"), t("seconds", { n: h.maxWaitSeconds })],
    [t("maxQueue"), t("callers", { n: h.maxQueueSize })],
    [t("wrapUp"), t("seconds", { n: h.wrapUpSeconds })],
    [t("overflow"), action(h.overflowAction, h.overflowForwardTo)],
    [t("afterHours"), action(h.afterHoursMode, h.afterHoursForwardTo)],
    [t("recording"), h.recordingEnabled ? t("on") : t("off")],
    [t("menu"), menu ? menu.options.map((o) => `${o.digit} — ${o.label}`).join(", ") : t("off")],
    [
      t("pricing"),
      h.callerPricing === "PER_MINUTE" && h.callerPricePerMinute
        ? t("perMinute", { price: format.number(Number(h.callerPricePerMinute), { style: "currency", currency }) })
        : tf("pricing.FREE"),
    ],
  ];
  return (
    <Card className="self-start">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="divide-y divide-zinc-100 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="flex justify-between gap-4 py-2 first:pt-0 last:pb-0">
              <dt className="text-zinc-500">{k}</dt>
              <dd className="text-right font-medium break-words text-zinc-900">{v}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
