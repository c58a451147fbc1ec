"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useTRPC } from "@/app/_trpc/client";
import { clock } from "./use-countdown";
import { formatPhone } from "@/server/lib/phone";

/** The operator's own last calls, under the waiting panel: what they handled today and how it ended. */
export function RecentCalls({ agencySlug, timeZone }: { agencySlug: string; timeZone: string }) {
  const t = useTranslations("desk.recent");
  const format = useFormatter();
  const trpc = useTRPC();
  const calls = useQuery(trpc.desk.history.queryOptions({ agencySlug, limit: 8 }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="pt-3">
        {calls.isPending ? (
          <div className="space-y-3">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-10 w-full" />
            ))}
          </div>
        ) : calls.isError || calls.data.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100">
            {calls.data.map((c) => (
              <li key={c.id} className="flex items-center gap-3 py-2.5 text-sm">
                <time className="w-16 shrink-0 whitespace-nowrap text-zinc-500 tabular-nums" dateTime={new Date(c.startedAt).toISOString()}>
                  {format.dateTime(new Date(c.startedAt), { timeStyle: "short", timeZone })}
                </time>
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium text-zinc-900">{c.client}</p>
                  <p className="truncate text-zinc-500 tabular-nums">{c.from ? formatPhone(c.from) : ""}{c.talkSeconds !== null ? ` · ${clock(c.talkSeconds)}` : ""}</p>
                </div>
                                <Badge tone={c.outcome ? "indigo" : "neutral"} className="max-w-40 overflow-hidden" title={c.outcomeLabel ?? undefined}>
                  <span className="truncate">{c.outcomeLabel ?? t("noOutcome")}</span>
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
