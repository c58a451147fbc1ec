"use client";

import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "./ui/badge";

const TONES: Record<string, BadgeTone> = { OWNER: "violet", ADMIN: "indigo", SUPERVISOR: "sky", OPERATOR: "neutral" };

export function RoleBadge({ role }: { role: string }) {
  const t = useTranslations("roles");
  return <Badge tone={TONES[role] ?? "neutral"}>{t.has(role as never) ? t(role as never) : role}</Badge>;
}
