"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronLeftIcon, FileTextIcon } from "@/app/_components/icons";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ComparePicker } from "./compare-picker";
import { DiffView } from "./diff-view";
import { termsBase, type TermsDiffView, type TermsScope, type TermsVersionMeta } from "./terms-api";

/** The compare page: pick two versions, see what changed between them. */
export function CompareView({ scope, versions, diff }: { scope: TermsScope; versions: Pick<TermsVersionMeta, "number" | "state">[]; diff: TermsDiffView | null }) {
  const t = useTranslations("terms.compare");
  const base = termsBase(scope);
  return (
    <div className="space-y-6">
      <div>
        <Link href={base} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
          <ChevronLeftIcon className="size-4" />
          {t("back")}
        </Link>
        <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("title")}</h2>
        <p className="mt-1 text-sm text-zinc-500">{t("description")}</p>
      </div>
      {diff ? (
        <>
          <Card className="p-4 sm:p-5">
            <ComparePicker key={`${diff.a.number}-${diff.b.number}`} action={`${base}/compare`} versions={versions} a={diff.a.number} b={diff.b.number} />
          </Card>
          <DiffView data={diff} />
        </>
      ) : (
        <Card>
          <EmptyState icon={<FileTextIcon className="size-5" />} title={t("nothingTitle")} description={t("nothingHint")} />
        </Card>
      )}
    </div>
  );
}
