"use client";

import { useTranslations } from "next-intl";
import type { DiffValue } from "@/server/terms/diff";
import { ON_CALL } from "@/server/terms/terms.schema";
import type { TermsContact } from "./terms-api";

/** Fields whose values are codes of a list, and where their names live in the catalog. */
const ENUMS: Record<string, string> = { purpose: "terms.purpose", type: "terms.fieldType", channel: "terms.channel", "afterHours.action": "terms.afterHours.actions" };
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)$/;

/** One value of the diff as a person reads it: names instead of codes, "Yes"/"No", "Closed" for a day without hours. */
export function DiffValueText({ field, value, contacts }: { field: string; value: DiffValue; contacts: TermsContact[] }) {
  const t = useTranslations();
  const none = <span className="text-zinc-400">—</span>;
  if (value === null) return none;
  if (typeof value === "boolean") return <>{t(value ? "terms.diff.yes" : "terms.diff.no")}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return none;
    const shown = field === "recipients" ? value.map((r) => (r === ON_CALL ? t("terms.outcomes.onCall") : (contacts.find((c) => c.id === r)?.name ?? t("terms.diff.unknownContact")))) : field === "languages" ? value.map((l) => l.toUpperCase()) : value;
    return field === "branches" || field === "options" ? (
      <ul className="list-inside list-disc">
        {shown.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
    ) : (
      <>{shown.join(", ")}</>
    );
  }
  if (value === "") return WEEKDAY.test(field) ? <span className="text-zinc-500">{t("terms.hours.closed")}</span> : none;
  const ns = ENUMS[field];
  if (ns && typeof value === "string" && t.has(`${ns}.${value}` as never)) return <>{t(`${ns}.${value}` as never)}</>;
  return <span className="whitespace-pre-wrap">{String(value)}</span>;
}
