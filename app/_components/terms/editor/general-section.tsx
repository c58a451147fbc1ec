"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { PURPOSES, TERMS_LOCALES, type TermsDocumentInput, type TermsLocale } from "@/server/terms/terms.schema";
import { CheckBox } from "../check-box";
import { SectionPart } from "./section-shell";
import { GroupError, SelectField, TextAreaField, TextField } from "./fields";

/** Languages offered as checkboxes; a code already in a document but not here is shown too. */
const COMMON_LANGUAGES = ["ru", "en", "uk", "kk", "be", "hy", "ka", "az", "uz", "de", "fr", "es", "it", "pt", "tr", "zh", "ar", "he", "pl"];

export function GeneralSection({ clientLocale }: { clientLocale: TermsLocale }) {
  const t = useTranslations("terms.general");
  const tp = useTranslations("terms.purpose");
  const uiLocale = useLocale();
  const { register, control } = useFormContext<TermsDocumentInput>();
  const purpose = useWatch({ control, name: "general.purpose" });
  const languages = useWatch({ control, name: "general.languages" }) ?? [];
  const names = new Intl.DisplayNames([uiLocale], { type: "language" });
  const offered = [...new Set([...COMMON_LANGUAGES, ...languages])];

  return (
    <div className="space-y-8">
      <SectionPart title={t("identity")} description={t("identityHint")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="general.purpose" label={t("purpose")} options={PURPOSES.map((p) => ({ value: p, label: tp(p) }))} />
          <TextField name="general.hotlineName" label={t("hotlineName")} hint={t("hotlineNameHint")} />
        </div>
        {purpose === "OTHER" ? <TextField name="general.purposeNote" label={t("purposeNote")} /> : null}
      </SectionPart>

      <SectionPart title={t("greeting")} description={t("greetingHint")}>
        {TERMS_LOCALES.map((locale) => (
          <TextAreaField
            key={locale}
            name={`general.greeting.${locale}`}
            rows={2}
            label={
              <span>
                {t(`greetingIn.${locale}`)}
                {locale === clientLocale ? <span className="ml-2 text-xs font-normal text-zinc-500">{t("clientLanguage")}</span> : null}
              </span>
            }
          />
        ))}
      </SectionPart>

      <SectionPart title={t("manner")}>
        <TextAreaField name="general.tone" rows={2} label={t("tone")} hint={t("toneHint")} />
        <TextAreaField name="general.operatorRules" rows={5} label={t("operatorRules")} hint={t("operatorRulesHint")} />
      </SectionPart>

      <SectionPart title={t("languages")} description={t("languagesHint")}>
        <fieldset>
          <legend className="sr-only">{t("languages")}</legend>
          <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
            {offered.map((code) => (
              <CheckBox key={code} value={code} label={capitalise(names.of(code) ?? code)} {...register("general.languages")} />
            ))}
          </div>
          <GroupError name="general.languages" />
        </fieldset>
      </SectionPart>
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
