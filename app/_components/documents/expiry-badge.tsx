"use client";

import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import type { ExpiryStatus } from "@/server/documents/expiry";
import { AlertCircleIcon, CheckCircleIcon, ClockIcon } from "../icons";

const tones: Record<ExpiryStatus, BadgeTone> = { valid: "green", expiring: "amber", expired: "red", none: "neutral" };

/** Valid, expiring within 30 days (with the days left), expired, or without an expiry date. */
export function ExpiryBadge({ expiry }: { expiry: { status: ExpiryStatus; daysLeft: number | null } }) {
  const t = useTranslations("documents.status");
  const label =
    expiry.status === "expiring" ? (expiry.daysLeft === 0 ? t("expiringToday") : t("expiring", { days: expiry.daysLeft ?? 0 })) : t(expiry.status);
  const Icon = expiry.status === "valid" ? CheckCircleIcon : expiry.status === "none" ? null : expiry.status === "expired" ? AlertCircleIcon : ClockIcon;
  return (
    <Badge tone={tones[expiry.status]}>
      {Icon ? <Icon className="size-3" /> : null}
      {label}
    </Badge>
  );
}
