import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { cn } from "@/app/_lib/cn";
import { isFinalStatus } from "@/server/call-log/call-status";
import type { CallRoute, CallStatus } from "@/server/generated/prisma/enums";

const TONES: Record<CallStatus, BadgeTone> = {
  RINGING: "sky",
  IN_MENU: "sky",
  QUEUED: "amber",
  OFFERED: "violet",
  CONNECTED: "indigo",
  WRAP_UP: "violet",
  COMPLETED: "green",
  ABANDONED: "red",
  VOICEMAIL: "violet",
  FAILED: "red",
};
const DOTS: Record<BadgeTone, string> = {
  neutral: "bg-zinc-400",
  indigo: "bg-indigo-500",
  green: "bg-emerald-500",
  amber: "bg-amber-500",
  red: "bg-red-500",
  sky: "bg-sky-500",
  violet: "bg-violet-500",
};

/** A call's state; a call still in progress has a pulsing dot, so live calls stand out in a long list. */
export function CallStatusBadge({ status, className }: { status: CallStatus; className?: string }) {
  const t = useTranslations("calls.status");
  const tone = TONES[status] ?? "neutral";
  const live = !isFinalStatus(status);
  return (
    <Badge tone={tone} className={className}>
      <span className="relative flex size-1.5" aria-hidden="true">
        {live ? <span className={cn("absolute inline-flex size-full animate-ping rounded-full opacity-75", DOTS[tone])} /> : null}
        <span className={cn("relative inline-flex size-1.5 rounded-full", DOTS[tone])} />
      </span>
      {t(status)}
    </Badge>
  );
}

const ROUTE_TONES: Record<CallRoute, BadgeTone> = { QUEUE: "neutral", AFTER_HOURS: "sky", OVERFLOW: "amber", PAUSED: "neutral" };

/** How the call was routed; the usual route (the queue) is left out of lists unless `always`. */
export function CallRouteBadge({ route, always = false }: { route: CallRoute; always?: boolean }) {
  const t = useTranslations("calls.route");
  if (route === "QUEUE" && !always) return null;
  return <Badge tone={ROUTE_TONES[route] ?? "neutral"}>{t(route)}</Badge>;
}
