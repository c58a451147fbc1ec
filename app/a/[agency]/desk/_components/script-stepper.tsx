"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ArrowRightIcon, ChevronLeftIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { advance, choicesOf, startPath, stepBack } from "@/server/desk/script-path";
import type { PopTerms } from "./desk-types";

/**
 * The client's script one step at a time: what to say, then the caller's answers as buttons (a branch),
 * or Continue. Back retraces the path actually taken.
 */
export function ScriptStepper({ script }: { script: PopTerms["script"] }) {
  const t = useTranslations("desk.script");
  const [path, setPath] = useState(() => startPath(script));
  const byId = useMemo(() => new Map(script.map((s) => [s.id, s])), [script]);
  const step = byId.get(path.at(-1) ?? "");
  if (!step) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
        </CardHeader>
        <CardContent className="text-sm text-zinc-500">{t("empty")}</CardContent>
      </Card>
    );
  }
  const choices = choicesOf(script, step.id);
  const named = choices.some((c) => c.label);
  return (
    <Card>
      <CardHeader className="flex-row items-center justify-between">
        <CardTitle>{t("title")}</CardTitle>
        <span className="text-xs font-medium text-zinc-500 tabular-nums">{t("step", { n: script.findIndex((s) => s.id === step.id) + 1, total: script.length })}</span>
      </CardHeader>
      <CardContent className="space-y-4">
        <div>
          <h3 className="text-sm font-semibold text-zinc-900">{step.title}</h3>
          <p className="mt-2 rounded-lg border-l-4 border-indigo-400 bg-indigo-50/50 px-4 py-3 text-[15px] leading-relaxed whitespace-pre-line text-zinc-800">{step.say}</p>
        </div>
        {named ? <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase">{t("callerAnswers")}</p> : null}
        <div className="flex flex-wrap items-center gap-2">
          {path.length > 1 ? (
            <Button variant="ghost" size="sm" onClick={() => setPath(stepBack(path))}>
              <ChevronLeftIcon className="size-4" /> {t("back")}
            </Button>
          ) : null}
          {choices.map((c) => (
            <Button key={`${c.label}-${c.nextStepId}`} size="sm" variant={c.label ? "secondary" : "primary"} onClick={() => setPath(advance(script, path, c.nextStepId))}>
              {c.label ?? t("continue")} {c.label ? null : <ArrowRightIcon className="size-4" />}
            </Button>
          ))}
          {choices.length === 0 ? (
            <>
              <span className="text-sm text-zinc-500">{t("end")}</span>
              <Button variant="ghost" size="sm" onClick={() => setPath(startPath(script))}>
                {t("restart")}
              </Button>
            </>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
