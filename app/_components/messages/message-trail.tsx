import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

export type TrailMessage = {
  id: string; channel: "EMAIL" | "SMS"; recipientName: string; recipient: string; urgent: boolean; requiresAck: boolean;
  ackDeadline: Date | null; escalationStep: number; status: string; subject: string;
  events: { id: string; status: string; detail: string | null; occurredAt: Date }[];
};

export const STATUS_TONE: Record<string, BadgeTone> = {
  QUEUED: "neutral", SENT: "sky", DELIVERED: "sky", OPENED: "indigo", ACKNOWLEDGED: "green", ESCALATED: "amber", FAILED: "red",
};

/**
 * One message and its trail (queued → sent → delivered/opened → acknowledged, or escalated), shared by the
 * agency's call page and the client's portal. Times in `timeZone` (the client's).
 */
export async function MessageTrail({ message: m, timeZone }: { message: TrailMessage; timeZone: string }) {
  const t = await getTranslations("messages");
  const format = await getFormatter();
  const time = (d: Date) => format.dateTime(d, { timeStyle: "short", dateStyle: "short", timeZone });
  const detail = (e: TrailMessage["events"][number]) => {
    if (!e.detail) return null;
    if (["noEmail", "noPhone", "nobodyLeft"].includes(e.detail)) return t(`detail.${e.detail}` as "detail.noEmail");
    if (e.status === "ESCALATED") return t("detail.escalatedTo", { name: e.detail });
    // The carrier's message SID on SENT is for support, not for reading: kept as a tooltip.
    return e.status === "SENT" ? null : e.detail;
  };
  return (
    <div className="py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className="font-medium text-zinc-900">{m.recipientName}</span>
        <span className="text-sm text-zinc-500">{m.recipient || "—"}</span>
        <Badge>{t(`channel.${m.channel}` as "channel.EMAIL")}</Badge>
        {m.escalationStep > 0 ? <Badge tone="amber">{t("trail.step", { step: m.escalationStep })}</Badge> : null}
        {m.urgent ? <Badge tone="red">{t("trail.urgent")}</Badge> : null}
        <Badge tone={STATUS_TONE[m.status] ?? "neutral"} className="ml-auto">{t(`status.${m.status}` as "status.SENT")}</Badge>
      </div>
      <p className="mt-1 truncate text-sm text-zinc-600">{m.subject}</p>
      {m.requiresAck && m.ackDeadline && !["ACKNOWLEDGED", "ESCALATED", "FAILED"].includes(m.status) ? (
        <p className="mt-1 text-xs text-amber-700">{t("trail.ackBy", { when: time(m.ackDeadline) })}</p>
      ) : null}
      <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-500" aria-label={t("trail.showTrail")}>
        {m.events.map((e) => (
          <li key={e.id} className="flex min-w-0 flex-wrap items-center gap-x-1.5" title={e.detail ?? undefined}>
            <span className={`size-1.5 rounded-full ${e.status === "FAILED" ? "bg-red-500" : e.status === "ESCALATED" ? "bg-amber-500" : e.status === "ACKNOWLEDGED" ? "bg-emerald-500" : "bg-zinc-300"}`} aria-hidden="true" />
            <span className="font-medium text-zinc-700">{t(`status.${e.status}` as "status.SENT")}</span>
            <time dateTime={e.occurredAt.toISOString()}>{time(e.occurredAt)}</time>
            {detail(e) ? <span className="break-all">· {detail(e)}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
