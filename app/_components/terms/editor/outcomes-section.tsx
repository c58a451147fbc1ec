"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Badge } from "@/app/_components/ui/badge";
import { DELIVERY_CHANNELS, ON_CALL, type TermsDocumentInput } from "@/server/terms/terms.schema";
import { CheckBox } from "../check-box";
import type { TermsContact } from "../terms-api";
import { CheckField, GroupError, SelectField, TextField } from "./fields";
import { AddRow, ItemCard } from "./item-card";
import { SectionPart } from "./section-shell";

/**
 * Outcomes (dispositions) and, for each, who receives the call summary: the client's contacts and/or
 * whoever is on call, by e-mail or SMS, urgent or not, and whether it must be acknowledged.
 */
export function OutcomesSection({ contacts, readOnly }: { contacts: TermsContact[]; readOnly: boolean }) {
  const t = useTranslations("terms.outcomes");
  const { control } = useFormContext<TermsDocumentInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "outcomes" });
  const add = () =>
    append({ code: "", label: "", delivery: { recipients: [], channel: "EMAIL", urgent: false, requiresAck: false } }, { shouldFocus: true, focusName: `outcomes.${fields.length}.label` });
  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <ol className="space-y-3">
        {fields.map((field, i) => (
          <ItemCard key={field.id} index={i} count={fields.length} readOnly={readOnly} onMove={move} onRemove={() => remove(i)} title={<OutcomeTitle index={i} />} badge={<UrgentBadge index={i} />}>
            <OutcomeEditor index={i} contacts={contacts} />
          </ItemCard>
        ))}
      </ol>
      <AddRow label={t("add")} empty={t("empty")} onAdd={add} readOnly={readOnly} count={fields.length} />
    </SectionPart>
  );
}

function OutcomeTitle({ index }: { index: number }) {
  const t = useTranslations("terms.outcomes");
  const label = useWatch<TermsDocumentInput>({ name: `outcomes.${index}.label` }) as string | undefined;
  return <>{label || t("untitled")}</>;
}

function UrgentBadge({ index }: { index: number }) {
  const t = useTranslations("terms.outcomes");
  const urgent = useWatch<TermsDocumentInput>({ name: `outcomes.${index}.delivery.urgent` });
  return urgent ? <Badge tone="red">{t("urgent")}</Badge> : null;
}

function OutcomeEditor({ index, contacts }: { index: number; contacts: TermsContact[] }) {
  const t = useTranslations("terms.outcomes");
  const tc = useTranslations("terms.channel");
  const { register } = useFormContext<TermsDocumentInput>();
  const base = `outcomes.${index}` as const;
  const recipients = `${base}.delivery.recipients` as const;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem]">
        <TextField name={`${base}.label`} label={t("label")} />
        {/* Codes are capitals by rule; typing them in lower case is not a mistake worth an error. */}
        <TextField name={`${base}.code`} setValueAs={(v) => v.toUpperCase().replace(/\s+/g, "_")} label={t("code")} hint={t("codeHint")} autoComplete="off" spellCheck={false} className="font-mono uppercase" />
      </div>
      <fieldset className="@container rounded-md bg-zinc-50/80 p-3 ring-1 ring-zinc-950/[0.05]">
        <legend className="sr-only">{t("delivery")}</legend>
        <p className="text-sm font-medium text-zinc-800">{t("delivery")}</p>
        <p className="text-sm text-zinc-500">{t("deliveryHint")}</p>
        <div className="mt-3 grid gap-3 @md:grid-cols-2">
          <CheckBox value={ON_CALL} label={t("onCall")} hint={t("onCallHint")} {...register(recipients)} />
          {contacts.map((c) => (
            <CheckBox key={c.id} value={c.id} label={c.name} hint={[c.role, c.email, c.phone].filter(Boolean).join(" · ") || undefined} {...register(recipients)} />
          ))}
        </div>
        {contacts.length === 0 ? <p className="mt-2 text-sm text-zinc-500">{t("noContacts")}</p> : null}
        <GroupError name={recipients} />
        <div className="mt-4 space-y-3 border-t border-zinc-200/70 pt-4">
          <div className="max-w-56">
            <SelectField name={`${base}.delivery.channel`} label={t("channel")} options={DELIVERY_CHANNELS.map((c) => ({ value: c, label: tc(c) }))} />
          </div>
          <div className="grid gap-3 @md:grid-cols-2">
            <CheckField name={`${base}.delivery.urgent`} label={t("urgent")} />
            <CheckField name={`${base}.delivery.requiresAck`} label={t("requiresAck")} hint={t("requiresAckHint")} />
          </div>
        </div>
      </fieldset>
    </>
  );
}
