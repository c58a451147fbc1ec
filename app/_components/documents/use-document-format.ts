"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { DocumentKind } from "@/server/generated/prisma/enums";

type Named = { kind: DocumentKind; title: string | null; number: string | null };

/** Dates, sizes and names of documents, in the reader's language. */
export function useDocumentFormat() {
  const t = useTranslations("documents");
  const format = useFormatter();
  return useMemo(() => {
    const name = (d: Named) => d.title || t(`kinds.${d.kind}`);
    return {
      /** A `YYYY-MM-DD` calendar date: formatted in UTC so it is the same day for every reader. */
      date: (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
      size: (bytes: number) =>
        bytes < 1024 * 1024
          ? t("size.kb", { value: format.number(Math.max(1, Math.round(bytes / 1024))) })
          : t("size.mb", { value: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) }),
      name,
      label: (d: Named) => (d.number ? t("numbered", { name: name(d), number: d.number }) : name(d)),
    };
  }, [t, format]);
}
