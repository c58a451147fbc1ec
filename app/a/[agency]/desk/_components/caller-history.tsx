"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import type { ScreenPop } from "./desk-types";

/** The caller's earlier calls to this client (newest first), in the client's time zone, with how each ended. */
export function CallerHistory({ history, client }: { history: ScreenPop["history"]; client: ScreenPop["client"] }) {
  const t = useTranslations("desk.history");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        {history.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty", { client: client.name })}</p>
        ) : (
          <ol className="space-y-3">
            {history.map((c) => (
              <li key={c.id} className="text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <time className="font-medium text-zinc-900 tabular-nums" dateTime={new Date(c.startedAt).toISOString()}>
                    {format.dateTime(new Date(c.startedAt), { dateStyle: "medium", timeStyle: "short", timeZone: client.timeZone })}
                  </time>
                  <Badge tone={c.outcomeLabel ? "indigo" : "neutral"}>{c.outcomeLabel ?? t("noOutcome")}</Badge>
                </div>
                {c.notes ? <p className="mt-0.5 line-clamp-2 text-zinc-600">{c.notes}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
