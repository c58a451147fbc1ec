"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { newItemId } from "../new-id";
import { TextAreaField, TextField } from "./fields";
import { AddRow, ItemCard } from "./item-card";
import { SectionPart } from "./section-shell";

/** When an operator transfers the call, and to which number. */
export function EscalationSection({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("terms.escalation");
  const { control } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "escalation" });
  const add = () => append({ id: newItemId("e"), when: "", transferTo: "" }, { shouldFocus: true, focusName: `escalation.${fields.length}.when` });
  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <ItemCard key={field.id} index={i} count={fields.length} readOnly={readOnly} onMove={move} onRemove={() => remove(i)} title={<When index={i} />}>
            <TextAreaField name={`escalation.${i}.when`} rows={2} label={t("when")} placeholder={t("whenPlaceholder")} />
            <TextField name={`escalation.${i}.transferTo`} label={t("transferTo")} hint={t("transferToHint")} inputMode="tel" autoComplete="off" placeholder="+79161234567" />
          </ItemCard>
        ))}
      </ol>
      <AddRow label={t("add")} empty={t("empty")} onAdd={add} readOnly={readOnly} count={fields.length} />
    </SectionPart>
  );
}

function When({ index }: { index: number }) {
  const t = useTranslations("terms.escalation");
  const when = useWatch<TermsDocumentInput>({ name: `escalation.${index}.when` }) as string | undefined;
  return <>{when || t("untitled")}</>;
}
