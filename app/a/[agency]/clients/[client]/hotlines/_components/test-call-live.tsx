"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ArrowRightIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Spinner } from "@/app/_components/ui/spinner";
import { useTRPC } from "@/app/_trpc/client";

const FINAL = new Set(["COMPLETED", "ABANDONED", "VOICEMAIL", "FAILED"]);

/**
 * The test call as the call path records it: polled until it ends (the events arrive as webhooks do),
 * with a link to the full call page in the calls log. Times in the client's zone.
 */
export function TestCallLive({ agencySlug, clientSlug, hotlineId, callSid, timeZone }: { agencySlug: string; clientSlug: string; hotlineId: string; callSid: string; timeZone: string }) {
  const t = useTranslations("hotlines.testCall.live");
  const format = useFormatter();
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.hotline.testCall.queryOptions({ agencySlug, clientSlug, hotlineId, callSid }),
    refetchInterval: (q) => (q.state.data && FINAL.has(q.state.data.status) ? false : 1500),
  });
  const call = query.data;
  return (
    <section aria-live="polite" className="rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-mono text-xs text-zinc-500">{callSid}</p>
        {call ? <Badge tone={FINAL.has(call.status) ? "neutral" : "green"}>{t(`status.${call.status}` as "status.RINGING")}</Badge> : null}
      </div>
      {!call ? (
        <p className="mt-3 flex items-center gap-2 text-sm text-zinc-600">
          <Spinner className="size-4" />
          {t("waiting")}
        </p>
      ) : (
        <>
          <ol className="mt-3 space-y-1.5 text-sm">
            {call.events.map((e) => (
              <li key={e.id} className="flex gap-3">
                <time className="shrink-0 text-zinc-500 tabular-nums">{format.dateTime(e.occurredAt, { timeStyle: "medium", timeZone })}</time>
                <span className="text-zinc-800">{t.has(`events.${e.type}` as "events.RECEIVED") ? t(`events.${e.type}` as "events.RECEIVED") : e.type}</span>
              </li>
            ))}
          </ol>
          <Link href={`/a/${agencySlug}/calls/${call.id}`} className="mt-3 inline-flex items-center gap-1 text-sm font-medium text-indigo-600 hover:text-indigo-500">
            {t("open")}
            <ArrowRightIcon className="size-4" />
          </Link>
        </>
      )}
    </section>
  );
}
