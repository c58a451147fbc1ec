"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { FieldError } from "@/app/_components/ui/field-error";
import { cn } from "@/app/_lib/cn";
import type { DeskFormValues } from "./desk-form";
import type { PopTerms } from "./desk-types";
import { Kbd } from "./kbd";
import { clock } from "./use-countdown";

/**
 * After hanging up: the wrap-up countdown (the hotline's wrap-up time), the outcome picker, then on to
 * the read-back. When time is up the operator is told to submit now; nothing is lost.
 */
export function WrapUpPanel({ outcomes, form, secondsLeft, total, onReview, formError }: { outcomes: PopTerms["outcomes"]; form: UseFormReturn<DeskFormValues>; secondsLeft: number | null; total: number; onReview: () => void; formError: string | null }) {
  const t = useTranslations("desk.wrap");
  const tr = useTranslations();
  const chosen = form.watch("outcome");
  const error = form.formState.errors.outcome?.message;
  const over = secondsLeft === 0;
  return (
    <Card className="ring-violet-500/30">
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <div className={cn("shrink-0 rounded-lg px-3 py-1.5 text-right font-mono text-lg font-semibold tabular-nums", over ? "bg-amber-50 text-amber-800" : "bg-violet-50 text-violet-800")} aria-live="off">
          {clock(secondsLeft)}
          <div className="h-1 w-full overflow-hidden rounded bg-violet-100">
            <div className="h-full bg-violet-500 transition-[width] duration-300" style={{ width: `${secondsLeft === null ? 100 : (secondsLeft / Math.max(1, total)) * 100}%` }} />
          </div>
        </div>
      </CardHeader>
      <CardContent className="space-y-3">
        {over ? <Alert tone="warning">{t("over")}</Alert> : null}
        {formError ? <Alert>{formError}</Alert> : null}
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-zinc-900">{t("outcome")}</legend>
          <div role="radiogroup" className="grid gap-2 sm:grid-cols-2">
            {outcomes.map((o) => (
              <label
                key={o.code}
                className={cn(
                  "flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2.5 text-sm ring-1 transition-colors has-focus-visible:outline-2 has-focus-visible:outline-indigo-600",
                  chosen === o.code ? "bg-indigo-50 ring-indigo-500 text-indigo-900" : "bg-white ring-zinc-200 hover:bg-zinc-50",
                )}
              >
                <input type="radio" value={o.code} className="size-4 accent-indigo-600" {...form.register("outcome")} />
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">{o.label}</span>
                  {o.urgent || o.requiresAck ? (
                    <span className="mt-1 flex flex-wrap gap-1">
                      {o.urgent ? <Badge tone="red">{t("urgent")}</Badge> : null}
                      {o.requiresAck ? <Badge tone="amber">{t("requiresAck")}</Badge> : null}
                    </span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
          <FieldError id="desk-outcome-error" message={error && tr.has(error as never) ? tr(error as never) : error} />
        </fieldset>
      </CardContent>
      <CardFooter className="justify-end">
        <Button onClick={onReview}>
          {t("review")} <Kbd>Ctrl ↵</Kbd>
        </Button>
      </CardFooter>
    </Card>
  );
}
