"use client";

import { useTranslations } from "next-intl";
import { NumberField } from "./fields";
import { SectionPart } from "./section-shell";

/** The service targets the agency commits to: X% answered within N seconds, abandonment, expected volume. */
export function SlaSection() {
  const t = useTranslations("terms.sla");
  return (
    <SectionPart title={t("title")} description={t("hint")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField name="sla.answeredPercent" label={t("answeredPercent")} suffix="%" min={1} max={100} step={1} />
        <NumberField name="sla.withinSeconds" label={t("withinSeconds")} suffix={t("secondsUnit")} min={1} max={3600} step={1} />
        <NumberField name="sla.maxAbandonPercent" label={t("maxAbandonPercent")} suffix="%" min={0} max={100} step={0.1} />
        <NumberField name="sla.expectedDailyVolume" label={t("expectedDailyVolume")} hint={t("expectedDailyVolumeHint")} suffix={t("callsUnit")} min={0} step={1} />
      </div>
    </SectionPart>
  );
}
