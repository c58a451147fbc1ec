"use client";

import { useTranslations } from "next-intl";
import { CheckCircleIcon } from "@/app/_components/icons";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

export type TermsStateName = "DRAFT" | "SUBMITTED" | "APPROVED" | "SUPERSEDED";

const tones: Record<TermsStateName, BadgeTone> = { DRAFT: "neutral", SUBMITTED: "amber", APPROVED: "green", SUPERSEDED: "violet" };

export function TermsStateBadge({ state }: { state: TermsStateName }) {
  const t = useTranslations("terms.state");
  return <Badge tone={tones[state]}>{t(state)}</Badge>;
}

/** The version operators follow right now. */
export function InForceBadge() {
  const t = useTranslations("terms");
  return (
    <Badge tone="indigo">
      <CheckCircleIcon className="size-3" />
      {t("inForce")}
    </Badge>
  );
}
