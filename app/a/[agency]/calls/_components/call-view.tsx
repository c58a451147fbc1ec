"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ChevronLeftIcon, PhoneIncomingIcon } from "@/app/_components/icons";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { useTRPC } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";
import { CallRouteBadge, CallStatusBadge } from "./call-badges";
import { CallDetails } from "./call-details";
import { CallTimeline } from "./call-timeline";
import type { CallDetail } from "./call-types";
import { formatDuration } from "./format-duration";
import { useElapsedSeconds } from "./use-elapsed";
import { useLanguageName } from "./use-event-text";

const LIVE_REFRESH_MS = 5_000;

/** One call: header, key figures, timeline and details. A call still in progress refreshes every 5 s. */
export function CallView({ agencySlug, initial }: { agencySlug: string; initial: CallDetail }) {
  const t = useTranslations("calls.call");
  const format = useFormatter();
  const language = useLanguageName();
  const trpc = useTRPC();
  const { data: call } = useQuery({
    ...trpc.calls.get.queryOptions({ agencySlug, callId: initial.id }),
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.final === false ? LIVE_REFRESH_MS : false),
  });
  const zone = call.client.timezone;
  const caller = call.fromNumber ? formatPhone(call.fromNumber) : null;
  // While the caller waits, the wait counts up in the page (the row's waitSeconds comes when they leave).
  const waiting = useElapsedSeconds(call.queuedAt, call.status === "QUEUED" && call.waitSeconds == null);
  const stats = [
    { label: t("wait"), value: formatDuration(call.waitSeconds ?? waiting) },
    { label: t("talk"), value: formatDuration(call.talkSeconds) },
    { label: t("duration"), value: formatDuration(call.durationSeconds) },
    { label: t("language"), value: language(call.language) },
  ];

  return (
    <div>
      <Link href={`/a/${agencySlug}/calls`} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
        <ChevronLeftIcon className="size-4" />
        {t("back")}
      </Link>
      <div className="flex min-w-0 items-start gap-3">
        <span className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-indigo-50 text-indigo-600 ring-1 ring-indigo-600/10" aria-hidden="true">
          <PhoneIncomingIcon className="size-5" />
        </span>
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900 tabular-nums sm:text-2xl">{caller ? t.rich("titleRich", { caller, num: (chunks) => <span className="whitespace-nowrap">{chunks}</span> }) : t("titleUnknown")}</h1>
            <div className="flex items-center gap-1.5">
              <CallStatusBadge status={call.status} />
              <CallRouteBadge route={call.route} always />
            </div>
          </div>
          <p className="mt-1 text-sm text-zinc-500">
            {[call.client.name, call.hotline.name, format.dateTime(call.startedAt, { timeZone: zone, dateStyle: "medium", timeStyle: "short" })].join(" · ")}
          </p>
        </div>
      </div>

      {!call.final ? (
        <Alert tone="info" className="mt-4">
          {t("inProgress")}
        </Alert>
      ) : null}

      <dl className="mt-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stats.map((s) => (
          <Card key={s.label} className="px-4 py-3">
            <dt className="text-xs font-medium text-zinc-500">{s.label}</dt>
            <dd className="mt-1 truncate text-lg font-semibold text-zinc-900 tabular-nums">{s.value ?? <span className="text-zinc-300">—</span>}</dd>
          </Card>
        ))}
      </dl>

      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>{t("timeline")}</CardTitle>
            <CardDescription>{t("timelineHint", { zone: zone.replaceAll("_", " ") })}</CardDescription>
          </CardHeader>
          <CardContent>
            <CallTimeline entries={call.timeline} timeZone={zone} live={!call.final} />
          </CardContent>
        </Card>
        <div className="lg:col-span-2">
          <CallDetails call={call} agencySlug={agencySlug} />
        </div>
      </div>
    </div>
  );
}
