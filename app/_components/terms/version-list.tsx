"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileTextIcon, PlusIcon } from "@/app/_components/icons";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button, buttonClass } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { InForceBadge, TermsStateBadge } from "./state-badge";
import { termsBase, useTermsApi, type TermsList, type TermsScope } from "./terms-api";
import { useClientTime } from "./use-client-time";

/** All versions of a client's terms, newest first, which one is in force, and the way to the open one. */
export function VersionList({ scope, data }: { scope: TermsScope; data: TermsList }) {
  const t = useTranslations("terms.list");
  const tc = useTranslations("common");
  const api = useTermsApi(scope);
  const router = useRouter();
  const toast = useToast();
  const f = useClientTime(data.client.timezone);
  const base = termsBase(scope);
  const [creating, setCreating] = useState(false);
  const open = data.versions.find((v) => v.number === data.openNumber);
  const portal = scope.kind === "portal";

  const createDraft = async () => {
    setCreating(true);
    try {
      const { number } = await api.createDraft();
      router.push(`${base}/${number}`);
    } catch (error) {
      toast.error(errorMessage(error, tc("unexpectedError")));
      setCreating(false);
    }
  };
  const newDraft = data.can.createDraft && !open ? (
    <Button onClick={createDraft} loading={creating}>
      <PlusIcon />
      {data.versions.length ? t("newDraft") : t("firstDraft")}
    </Button>
  ) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold tracking-tight text-zinc-900">{t("title")}</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-500">{portal ? t("descriptionPortal") : t("description")}</p>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          {data.versions.length > 1 ? (
            <Link href={`${base}/compare`} className={buttonClass({ variant: "secondary" })}>
              {t("compare")}
            </Link>
          ) : null}
          {data.versions.length ? newDraft : null}
        </div>
      </div>

      {open ? (
        <Alert tone={open.state === "SUBMITTED" ? "warning" : "info"} title={t(`open.${open.state === "SUBMITTED" ? "submitted" : "draft"}`, { number: open.number })}>
          <p>{open.state === "SUBMITTED" ? (data.can.approve ? (portal ? t("open.approveHint") : t("open.onBehalfHint")) : t("open.waitHint")) : data.can.edit ? t("open.editHint") : t("open.draftHint")}</p>
          <Link href={`${base}/${open.number}`} className={buttonClass({ variant: "link", className: "mt-1 text-sm" })}>
            {open.state === "SUBMITTED" && data.can.approve ? t("open.review") : t("open.openIt")}
          </Link>
        </Alert>
      ) : null}

      {data.versions.length === 0 ? (
        <Card>
          <EmptyState icon={<FileTextIcon className="size-5" />} title={t("emptyTitle")} description={data.can.createDraft ? t("emptyHint") : t("emptyReader")} action={newDraft} />
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <Table>
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>{t("columns.version")}</TableHead>
                <TableHead>{t("columns.state")}</TableHead>
                <TableHead>{t("columns.effectiveFrom")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("columns.approvedBy")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("columns.updated")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.versions.map((v) => (
                <TableRow key={v.number} className="relative">
                  <TableCell>
                    <Link href={`${base}/${v.number}`} className="font-medium text-zinc-900 after:absolute after:inset-0 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600">
                      {t("versionN", { number: v.number })}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <div className="flex flex-wrap items-center gap-1.5">
                      <TermsStateBadge state={v.state} />
                      {v.number === data.inForceNumber ? <InForceBadge /> : null}
                    </div>
                  </TableCell>
                  <TableCell className="tabular-nums sm:whitespace-nowrap">
                    {v.effectiveFrom ? (
                      <span>
                        {f.dateTime(v.effectiveFrom)}
                        {v.effectiveFrom > f.now ? <Badge tone="sky" className="ml-2">{t("scheduled")}</Badge> : null}
                      </span>
                    ) : (
                      <span className="text-zinc-400">—</span>
                    )}
                  </TableCell>
                  <TableCell className="hidden md:table-cell">
                    {v.approvedBy ? (
                      <span>
                        {v.approvedBy}
                        {v.approvedOnBehalf ? <Badge className="ml-2">{t("onBehalf")}</Badge> : null}
                      </span>
                    ) : (
                      <span className="text-zinc-400">—</span>
                    )}
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap text-zinc-500 sm:table-cell">
                    {/* "2 minutes ago" is a moment later in the browser than on the server: not a mismatch worth a warning. */}
                    <time dateTime={v.updatedAt.toISOString()} title={f.dateTime(v.updatedAt)} suppressHydrationWarning>
                      {f.relative(v.updatedAt)}
                    </time>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      <p className="text-xs text-zinc-500">{t("zoneNote", { zone: data.client.timezone })}</p>
    </div>
  );
}
