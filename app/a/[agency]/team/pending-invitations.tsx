"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState } from "react";
import { AlertCircleIcon, MailIcon } from "@/app/_components/icons";
import { RoleBadge } from "@/app/_components/role-badge";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useToast } from "@/app/_components/ui/toast";
import type { PendingInvitation } from "@/app/_lib/router-types";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";

/** Days for a week-long link ("in 6 days", not "in 1 week"), hours on its last day. */
function expiryUnit(expiresAt: Date, now: Date): "day" | "hour" | "minute" {
  const ms = expiresAt.getTime() - now.getTime();
  return ms >= 24 * 3600_000 ? "day" : ms >= 3600_000 ? "hour" : "minute";
}

export function PendingInvitations({ agencySlug }: { agencySlug: string }) {
  const t = useTranslations("team.invitations");
  const tc = useTranslations("common");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const query = useQuery(trpc.team.invitations.queryOptions({ agencySlug }));
  const [revoking, setRevoking] = useState<PendingInvitation | null>(null);
  const revoke = useMutation(
    trpc.team.revokeInvitation.mutationOptions({
      onSuccess: () => {
        if (revoking) toast.success(t("revoked", { email: revoking.email }));
      },
      onError: (error) => toast.error(errorMessage(error, tc("unexpectedError"))),
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.team.invitations.pathKey() });
        setRevoking(null);
      },
    }),
  );

  return (
    <section id="invitations" aria-labelledby="invitations-heading" className="scroll-mt-20">
      <h2 id="invitations-heading" className="mb-3 text-base font-semibold text-zinc-900">
        {t("heading")}
        {query.data?.length ? <span className="ml-2 text-sm font-normal text-zinc-500 tabular-nums">{query.data.length}</span> : null}
      </h2>
      <Card className="overflow-hidden">
        {query.isPending ? (
          <ul className="divide-y divide-zinc-100" aria-busy="true">
            {[0, 1].map((i) => (
              <li key={i} className="flex items-center gap-3 px-5 py-4 sm:px-6">
                <Skeleton className="size-8 rounded-full" />
                <div className="flex-1 space-y-2">
                  <Skeleton className="h-4 w-48" />
                  <Skeleton className="h-3 w-32" />
                </div>
              </li>
            ))}
          </ul>
        ) : query.isError ? (
          <EmptyState
            icon={<AlertCircleIcon className="size-5" />}
            title={t("error")}
            description={query.error.message}
            action={<Button variant="secondary" onClick={() => query.refetch()}>{tc("retry")}</Button>}
          />
        ) : query.data.length === 0 ? (
          <EmptyState icon={<MailIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} />
        ) : (
          <ul className="divide-y divide-zinc-100">
            {query.data.map((inv) => {
              const expired = inv.expiresAt.getTime() <= now.getTime();
              return (
                <li key={inv.id} className="flex items-center gap-3 px-5 py-3.5 sm:px-6">
                  <span className="hidden size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-zinc-500 sm:flex" aria-hidden="true">
                    <MailIcon />
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium text-zinc-900">{inv.email}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
                      <RoleBadge role={inv.role} />
                      <span>{t("invitedBy", { name: inv.invitedBy.name })}</span>
                      {expired ? (
                        <Badge tone="amber">{t("expired")}</Badge>
                      ) : (
                        <time dateTime={inv.expiresAt.toISOString()} title={format.dateTime(inv.expiresAt, { dateStyle: "medium", timeStyle: "short" })}>
                          {t("expires", { when: format.relativeTime(inv.expiresAt, { now, unit: expiryUnit(inv.expiresAt, now) }) })}
                        </time>
                      )}
                    </p>
                  </div>
                  <Button variant="secondary" size="sm" onClick={() => setRevoking(inv)} aria-label={t("revokeFor", { email: inv.email })}>
                    {t("revoke")}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => (open ? undefined : setRevoking(null))}
        title={t("confirmTitle")}
        description={revoking ? t("confirmDescription", { email: revoking.email }) : undefined}
        confirmLabel={t("revoke")}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ agencySlug, invitationId: revoking.id })}
      />
    </section>
  );
}
