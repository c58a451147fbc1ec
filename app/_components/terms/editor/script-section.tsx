"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ArrowRightIcon, XIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";
import { newItemId } from "../new-id";
import { GroupError, TextAreaField, TextField, useFieldError } from "./fields";
import { AddRow, ItemCard } from "./item-card";
import { SectionPart } from "./section-shell";

/**
 * The call script: steps in order, each with what to say and optional branches (the caller's answer
 * leads to another step). A step without branches continues with the next one.
 */
export function ScriptSection({ readOnly }: { readOnly: boolean }) {
  const t = useTranslations("terms.script");
  const { control, getValues, setValue } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "script" });
  const add = () => append({ id: newItemId("s"), title: "", say: "", branches: [] }, { shouldFocus: true, focusName: `script.${fields.length}.title` });
  const removeStep = (index: number) => {
    // Branches leading to the removed step would point nowhere: drop them with it.
    const id = getValues(`script.${index}.id`);
    getValues("script").forEach((step, i) => {
      const kept = step.branches.filter((b) => b.nextStepId !== id);
      if (i !== index && kept.length !== step.branches.length) setValue(`script.${i}.branches`, kept, { shouldDirty: true });
    });
    remove(index);
  };

  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <ItemCard key={field.id} index={i} count={fields.length} readOnly={readOnly} onMove={move} onRemove={() => removeStep(i)} title={<StepTitle index={i} />}>
            <TextField name={`script.${i}.title`} label={t("stepTitle")} placeholder={t("stepTitlePlaceholder")} />
            <TextAreaField name={`script.${i}.say`} rows={3} label={t("say")} hint={t("sayHint")} />
            <Branches stepIndex={i} readOnly={readOnly} />
          </ItemCard>
        ))}
      </ol>
      <AddRow label={t("add")} empty={t("empty")} onAdd={add} readOnly={readOnly} count={fields.length} />
    </SectionPart>
  );
}

function StepTitle({ index }: { index: number }) {
  const t = useTranslations("terms.script");
  const title = useWatch<TermsDocumentInput>({ name: `script.${index}.title` }) as string | undefined;
  return <>{title || t("untitled")}</>;
}

function Branches({ stepIndex, readOnly }: { stepIndex: number; readOnly: boolean }) {
  const t = useTranslations("terms.script");
  const { control, register } = useFormContext<TermsDocumentInput>();
  const name = `script.${stepIndex}.branches` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const steps = useWatch({ control, name: "script" }) ?? [];
  const others = steps.filter((_, i) => i !== stepIndex);
  const add = () => append({ answer: "", nextStepId: others[0]?.id ?? "" }, { shouldFocus: true });

  return (
    <fieldset className="@container rounded-md bg-zinc-50/80 p-3 ring-1 ring-zinc-950/[0.05]">
      <legend className="sr-only">{t("branches")}</legend>
      <p className="text-sm font-medium text-zinc-800">{t("branches")}</p>
      <p className="text-sm text-zinc-500">{fields.length === 0 ? t("noBranches") : t("branchesHint")}</p>
      <ul className="mt-3 space-y-2">
        {fields.map((field, j) => (
          <BranchRow key={field.id} base={`${name}.${j}`} index={j} readOnly={readOnly} onRemove={() => remove(j)} steps={steps} register={register} />
        ))}
      </ul>
      <GroupError name={name} />
      {readOnly || steps.length < 1 ? null : (
        <Button variant="link" size="sm" className="mt-2 text-sm" onClick={add}>
          {t("addBranch")}
        </Button>
      )}
    </fieldset>
  );
}

function BranchRow({
  base,
  index,
  readOnly,
  onRemove,
  steps,
  register,
}: {
  base: `script.${number}.branches.${number}`;
  index: number;
  readOnly: boolean;
  onRemove: () => void;
  steps: { id: string; title: string }[];
  register: ReturnType<typeof useFormContext<TermsDocumentInput>>["register"];
}) {
  const t = useTranslations("terms.script");
  const answerError = useFieldError(`${base}.answer`);
  const targetError = useFieldError(`${base}.nextStepId`);
  return (
    <li>
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-2 @md:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)_auto]">
        <Input className="col-span-2 @md:col-span-1" aria-label={t("answer", { n: index + 1 })} placeholder={t("answerPlaceholder")} aria-invalid={answerError ? true : undefined} {...register(`${base}.answer`)} />
        <ArrowRightIcon className="hidden size-4 shrink-0 text-zinc-400 @md:block" />
        <Select aria-label={t("target", { n: index + 1 })} aria-invalid={targetError ? true : undefined} {...register(`${base}.nextStepId`)}>
          <option value="">{t("chooseStep")}</option>
          {steps.map((s, i) => (
            <option key={s.id} value={s.id}>
              {`${i + 1}. ${s.title || t("untitled")}`}
            </option>
          ))}
        </Select>
        {readOnly ? (
          <span />
        ) : (
          <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-red-600" onClick={onRemove}>
            <XIcon className="size-4" />
            <span className="sr-only">{t("removeBranch", { n: index + 1 })}</span>
          </Button>
        )}
      </div>
      <GroupError name={`${base}.answer`} />
      <GroupError name={`${base}.nextStepId`} />
    </li>
  );
}
