"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { readBackLines } from "@/server/desk/read-back";
import type { FormField } from "@/server/terms/call-form.schema";
import type { DeskFormValues } from "./desk-form";
import type { PopTerms } from "./desk-types";
import { Kbd } from "./kbd";

/** The read-back: the form as the caller will hear it, the outcome and notes, then Submit. */
export function ReadBackPanel({ fields, outcomes, values, submitting, error, onEdit, onSubmit }: { fields: readonly FormField[]; outcomes: PopTerms["outcomes"]; values: DeskFormValues; submitting: boolean; error: string | null; onEdit: () => void; onSubmit: () => void }) {
  const t = useTranslations("desk.readBack");
  const lines = readBackLines(fields, values.form);
  const outcome = outcomes.find((o) => o.code === values.outcome);
  return (
    <Card className="ring-2 ring-indigo-500/40">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {error ? <Alert>{error}</Alert> : null}
        {lines.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <dl className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-200">
            {lines.map((l) => (
              <div key={l.key} className="grid gap-1 px-4 py-2.5 sm:grid-cols-3 sm:gap-4">
                <dt className="text-sm text-zinc-500">{l.label}</dt>
                <dd className="text-[15px] font-medium whitespace-pre-line text-zinc-900 sm:col-span-2">{typeof l.value === "boolean" ? (l.value ? t("yes") : t("no")) : l.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-zinc-500">{t("outcome")}</dt>
            <dd className="mt-0.5 font-medium text-zinc-900">{outcome?.label ?? "—"}</dd>
          </div>
          {values.notes.trim() ? (
            <div className="sm:col-span-2">
              <dt className="text-zinc-500">{t("notes")}</dt>
              <dd className="mt-0.5 whitespace-pre-line text-zinc-900">{values.notes.trim()}</dd>
            </div>
          ) : null}
        </dl>
      </CardContent>
      <CardFooter className="justify-between">
        <Button variant="secondary" onClick={onEdit} disabled={submitting}>
          {t("edit")}
        </Button>
        <Button onClick={onSubmit} loading={submitting}>
          {t("submit")} <Kbd>Ctrl ↵</Kbd>
        </Button>
      </CardFooter>
    </Card>
  );
}
