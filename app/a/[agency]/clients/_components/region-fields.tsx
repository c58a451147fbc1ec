"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FormField } from "@/app/_components/ui/form-field";
import { Select } from "@/app/_components/ui/select";
import { defaultCurrencyFor } from "@/server/clients/currency";
import type { ClientFieldsInput } from "@/server/clients/clients.schema";
import type { RegionOptions } from "./region-options";

/**
 * Country, time zone, language and currency. Countries are listed by name in the reader's language; the
 * currency's first option is "the country's usual one", which follows the country as it changes.
 */
export function RegionFields({ options }: { options: RegionOptions }) {
  const t = useTranslations("clients.form");
  const { register, watch, formState: { errors } } = useFormContext<ClientFieldsInput>();
  const country = watch("country");
  const timezone = watch("timezone");
  // A stored zone this server names differently (an older alias) still shows.
  const zones = timezone && !options.zones.includes(timezone) ? [timezone, ...options.zones] : options.zones;
  const countryDefault = country ? defaultCurrencyFor(country) : null;

  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <FormField label={t("country")} error={errors.country?.message}>
        <Select {...register("country")} autoComplete="country">
          <option value="" disabled>
            {t("countryPlaceholder")}
          </option>
          {options.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t("timezone")} hint={t("timezoneHint")} error={errors.timezone?.message}>
        <Select {...register("timezone")}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label={t("locale")} hint={t("localeHint")} error={errors.locale?.message}>
        <Select {...register("locale")}>
          <option value="ru">Русский</option>
          <option value="en">English</option>
        </Select>
      </FormField>
      <FormField label={t("currency")} hint={t("currencyHint")} error={errors.currency?.message}>
        <Select {...register("currency")}>
          <option value="">{countryDefault ? t("currencyDefault", { code: countryDefault }) : t("currencyDefaultNone")}</option>
          {options.currencies.map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} — {c.name}
            </option>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
