"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { newItemId } from "../new-id";
import { TextAreaField, TextField } from "./fields";
import { AddRow, ItemCard } from "./item-card";
import { SectionPart } from "./section-shell";

export function FaqSection({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("terms.faq");
  const { control } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "faq" });
  const add = () => append({ id: newItemId("f"), question: "", answer: "" }, { shouldFocus: true, focusName: `faq.${fields.length}.question` });
  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <ItemCard key={field.id} index={i} count={fields.length} readOnly={readOnly} onMove={move} onRemove={() => remove(i)} title={<Question index={i} />}>
            <TextField name={`faq.${i}.question`} label={t("question")} />
            <TextAreaField name={`faq.${i}.answer`} rows={3} label={t("answer")} />
          </ItemCard>
        ))}
      </ol>
      <AddRow label={t("add")} empty={t("empty")} onAdd={add} readOnly={readOnly} count={fields.length} />
    </SectionPart>
  );
}

function Question({ index }: { index: number }) {
  const t = useTranslations("terms.faq");
  const q = useWatch<TermsDocumentInput>({ name: `faq.${index}.question` }) as string | undefined;
  return <>{q || t("untitled")}</>;
}
