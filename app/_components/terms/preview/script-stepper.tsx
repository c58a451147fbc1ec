"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ArrowRightIcon, ChevronLeftIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";

type Step = TermsDocumentInput["script"][number];

/**
 * The script as the operator walks it: one step at a time, the words to say, and the caller's possible
 * answers as buttons leading to their steps; a step without branches goes on to the next one.
 */
export function ScriptStepper({ steps }: { steps: Step[] }) {
  const t = useTranslations("terms.preview");
  const [trail, setTrail] = useState<string[]>([]);
  // The trail survives edits; a step that was removed meanwhile simply restarts the walk.
  const path = trail.filter((id) => steps.some((s) => s.id === id));
  const currentId = path.at(-1) ?? steps[0]?.id;
  const index = steps.findIndex((s) => s.id === currentId);
  const step = steps[index];
  if (!step) return <p className="py-6 text-center text-sm text-zinc-500">{t("noScript")}</p>;
  const go = (id: string) => setTrail([...(path.length ? path : [steps[0]!.id]), id]);
  const next = steps[index + 1];
  const branches = step.branches.filter((b) => steps.some((s) => s.id === b.nextStepId));

  return (
    <div className="space-y-3">
      <div className="flex items-center justify-between gap-2 text-xs text-zinc-500">
        <span>{t("stepOf", { n: index + 1, total: steps.length })}</span>
        {path.length > 1 ? (
          <div className="flex gap-1">
            <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => setTrail(path.slice(0, -1))}>
              <ChevronLeftIcon className="size-3.5" />
              {t("back")}
            </Button>
            <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => setTrail([])}>
              {t("restart")}
            </Button>
          </div>
        ) : null}
      </div>
      <div>
        <p className="text-sm font-semibold text-zinc-900">{step.title}</p>
        <blockquote className="mt-2 rounded-lg bg-indigo-50 px-3 py-2.5 text-sm leading-relaxed whitespace-pre-wrap text-indigo-950 ring-1 ring-indigo-600/10">{step.say}</blockquote>
      </div>
      {branches.length > 0 ? (
        <div className="space-y-1.5">
          <p className="text-xs font-medium text-zinc-500">{t("callerAnswers")}</p>
          <div className="flex flex-wrap gap-2">
            {branches.map((b, i) => (
              <Button key={i} variant="secondary" size="sm" onClick={() => go(b.nextStepId)}>
                {b.answer || t("continue")}
                <ArrowRightIcon className="size-3.5 text-zinc-400" />
              </Button>
            ))}
          </div>
        </div>
      ) : next ? (
        <Button size="sm" onClick={() => go(next.id)}>
          {t("nextStep")}
          <ArrowRightIcon className="size-3.5" />
        </Button>
      ) : (
        <p className="text-xs font-medium text-emerald-700">{t("endOfScript")}</p>
      )}
    </div>
  );
}
