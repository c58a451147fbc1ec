"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChevronLeftIcon } from "@/app/_components/icons";
import { Alert } from "@/app/_components/ui/alert";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { ApproveDialog } from "./approve-dialog";
import { RequestChangesDialog } from "./request-changes-dialog";
import { InForceBadge, TermsStateBadge } from "./state-badge";
import { TermsEditor } from "./terms-editor";
import { termsBase, type TermsScope, type TermsVersionView } from "./terms-api";
import { useClientTime } from "./use-client-time";

/** One version: what it is and where it stands, the actions its state allows, and the document. */
export function VersionView({ scope, data }: { scope: TermsScope; data: TermsVersionView }) {
  const t = useTranslations("terms.version");
  const { version: v, client, can } = data;
  const f = useClientTime(client.timezone);
  const base = termsBase(scope);
  const [dialog, setDialog] = useState<"approve" | "changes" | null>(null);
  const awaiting = v.state === "SUBMITTED";

  const facts = [
    v.effectiveFrom ? t(v.effectiveFrom > f.now ? "takesEffect" : "effectiveSince", { date: f.dateTime(v.effectiveFrom) }) : null,
    v.approvedAt && v.approvedBy ? t(v.approvedOnBehalf ? "approvedOnBehalf" : "approvedBy", { name: v.approvedBy, date: f.dateTime(v.approvedAt) }) : null,
    v.supersededAt ? t("supersededAt", { date: f.dateTime(v.supersededAt) }) : null,
    awaiting && v.submittedAt ? t("submittedBy", { name: v.submittedBy ?? "—", date: f.dateTime(v.submittedAt) }) : null,
    v.state === "DRAFT" && v.updatedBy && v.updatedAt.getTime() !== v.changesRequestedAt?.getTime() ? t("editedBy", { name: v.updatedBy, date: f.dateTime(v.updatedAt) }) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-6">
      <div>
        <Link href={base} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
          <ChevronLeftIcon className="size-4" />
          {t("allVersions")}
        </Link>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("title", { number: v.number })}</h2>
              <TermsStateBadge state={v.state} />
              {v.inForce ? <InForceBadge /> : null}
            </div>
            {facts.length ? <p className="mt-1 text-sm text-zinc-500">{facts.join(" · ")}</p> : null}
          </div>
          <div className="flex flex-wrap gap-2">
            {v.number > 1 ? (
              <Link href={`${base}/compare?a=${v.number - 1}&b=${v.number}`} className={buttonClass({ variant: "secondary" })}>
                {t("compareWithPrevious")}
              </Link>
            ) : null}
            {awaiting && can.requestChanges ? (
              <Button variant="secondary" onClick={() => setDialog("changes")}>
                {t("requestChanges")}
              </Button>
            ) : null}
            {awaiting && can.approve ? <Button onClick={() => setDialog("approve")}>{can.onBehalf ? t("approveOnBehalf") : t("approve")}</Button> : null}
          </div>
        </div>
      </div>

      {v.state === "DRAFT" && v.changesRequestedComment ? (
        <Alert tone="warning" title={t("changesRequested", { name: v.changesRequestedBy ?? "—", date: v.changesRequestedAt ? f.dateTime(v.changesRequestedAt) : "" })}>
          <p className="whitespace-pre-wrap">{v.changesRequestedComment}</p>
        </Alert>
      ) : null}
      {awaiting ? <Alert tone="info">{can.approve ? (can.onBehalf ? t("awaitingAgency") : t("awaitingYou")) : t("awaitingReader")}</Alert> : null}
      {v.state === "DRAFT" && !can.edit ? <Alert tone="info">{t("draftReader")}</Alert> : null}
      {v.state === "APPROVED" || v.state === "SUPERSEDED" ? <Alert tone="info">{t("immutable")}</Alert> : null}

      <TermsEditor key={`${v.number}-${v.state}`} scope={scope} version={v} client={client} can={can} />

      {awaiting ? (
        <>
          <ApproveDialog scope={scope} number={v.number} timezone={client.timezone} open={dialog === "approve"} onOpenChange={(o) => setDialog(o ? "approve" : null)} />
          <RequestChangesDialog scope={scope} number={v.number} open={dialog === "changes"} onOpenChange={(o) => setDialog(o ? "changes" : null)} />
        </>
      ) : null}
    </div>
  );
}
