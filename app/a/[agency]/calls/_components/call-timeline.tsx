"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ComponentType, SVGProps } from "react";
import {
  ActivityIcon,
  AlertTriangleIcon,
  CheckCircleIcon,
  CircleIcon,
  HeadsetIcon,
  HourglassIcon,
  KeypadIcon,
  ListIcon,
  LogOutIcon,
  MicIcon,
  PhoneForwardedIcon,
  PhoneIncomingIcon,
  RadioTowerIcon,
  SignpostIcon,
  VoicemailIcon,
} from "@/app/_components/icons";
import { cn } from "@/app/_lib/cn";
import { AudioClip } from "./audio-clip";
import type { CallTimelineEntry } from "./call-types";
import { formatDuration } from "./format-duration";
import { useEventText } from "./use-event-text";

type Look = { icon: ComponentType<SVGProps<SVGSVGElement>>; className: string };
const LOOKS: Record<CallTimelineEntry["type"], Look> = {
  RECEIVED: { icon: PhoneIncomingIcon, className: "bg-indigo-50 text-indigo-600 ring-indigo-600/15" },
  ROUTED: { icon: SignpostIcon, className: "bg-zinc-100 text-zinc-600 ring-zinc-500/15" },
  MENU: { icon: ListIcon, className: "bg-sky-50 text-sky-600 ring-sky-600/15" },
  MENU_INPUT: { icon: KeypadIcon, className: "bg-sky-50 text-sky-600 ring-sky-600/15" },
  QUEUED: { icon: HourglassIcon, className: "bg-amber-50 text-amber-600 ring-amber-600/20" },
  LEFT_QUEUE: { icon: LogOutIcon, className: "bg-amber-50 text-amber-600 ring-amber-600/20" },
  OVERFLOW: { icon: AlertTriangleIcon, className: "bg-red-50 text-red-600 ring-red-600/15" },
  FORWARDED: { icon: PhoneForwardedIcon, className: "bg-indigo-50 text-indigo-600 ring-indigo-600/15" },
  VOICEMAIL: { icon: VoicemailIcon, className: "bg-violet-50 text-violet-600 ring-violet-600/15" },
  RECORDING: { icon: MicIcon, className: "bg-violet-50 text-violet-600 ring-violet-600/15" },
  CARRIER_STATUS: { icon: RadioTowerIcon, className: "bg-zinc-100 text-zinc-600 ring-zinc-500/15" },
  OFFERED: { icon: HeadsetIcon, className: "bg-violet-50 text-violet-600 ring-violet-600/15" },
  CONNECTED: { icon: CheckCircleIcon, className: "bg-emerald-50 text-emerald-600 ring-emerald-600/20" },
  WRAP_UP: { icon: ActivityIcon, className: "bg-violet-50 text-violet-600 ring-violet-600/15" },
  OTHER: { icon: CircleIcon, className: "bg-zinc-100 text-zinc-500 ring-zinc-500/15" },
};

/** The call's events top to bottom, with the time in the client's zone and the time since the call began. */
export function CallTimeline({ entries, timeZone, live }: { entries: CallTimelineEntry[]; timeZone: string; live: boolean }) {
  const t = useTranslations("calls.call");
  const format = useFormatter();
  const text = useEventText();
  if (entries.length === 0) return <p className="py-6 text-center text-sm text-zinc-500">{t("noEvents")}</p>;
  return (
    <ol className="relative">
      {entries.map((e, i) => {
        const look = LOOKS[e.type];
        const Icon = look.icon;
        const { title, lines } = text(e);
        const last = i === entries.length - 1;
        return (
          <li key={e.id} className={cn("relative flex gap-3 sm:gap-4", (!last || live) && "pb-6")}>
            {!last || live ? <span aria-hidden="true" className="absolute top-9 bottom-1 left-4 w-px -translate-x-1/2 bg-zinc-200" /> : null}
            <span className={cn("relative flex size-8 shrink-0 items-center justify-center rounded-full ring-1 ring-inset", look.className)} aria-hidden="true">
              <Icon className="size-4" />
            </span>
            <div className="min-w-0 flex-1 pt-1">
              <div className="flex flex-col gap-0.5 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <p className="text-sm font-medium text-zinc-900">{title}</p>
                <p className="shrink-0 text-xs text-zinc-500 tabular-nums">
                  <time dateTime={e.occurredAt.toISOString()}>{format.dateTime(e.occurredAt, { timeZone, hour: "numeric", minute: "2-digit", second: "2-digit" })}</time>
                  <span className="ml-2 rounded bg-zinc-100 px-1.5 py-0.5 font-medium text-zinc-600">+{formatDuration(e.offsetSeconds)}</span>
                </p>
              </div>
              {lines.map((line) => (
                <p key={line} className="mt-0.5 text-sm text-zinc-600">
                  {line}
                </p>
              ))}
              {e.audio ? <AudioClip url={e.audio.url} label={title} /> : null}
            </div>
          </li>
        );
      })}
      {live ? (
        <li className="relative flex items-center gap-3 sm:gap-4">
          <span className="flex size-8 shrink-0 items-center justify-center" aria-hidden="true">
            <span className="relative flex size-2.5">
              <span className="absolute inline-flex size-full animate-ping rounded-full bg-indigo-400 opacity-75" />
              <span className="relative inline-flex size-2.5 rounded-full bg-indigo-500" />
            </span>
          </span>
          <p className="text-sm text-zinc-500 italic">{t("waiting")}</p>
        </li>
      ) : null}
    </ol>
  );
}
