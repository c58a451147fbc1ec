"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
import type { ClientInvitation } from "@/app/_lib/router-types";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { ClientUsersContext } from "./client-users-view";

/** Portal invitations not accepted yet, each revocable. */
export function ClientInvitations({ agencySlug, client }: ClientUsersContext) {
  const t = useTranslations("clients.users.invitations");
  const tc = useTranslations("common");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const s = { agencySlug, clientSlug: client.slug };
  const query = useQuery(trpc.client.invitations.queryOptions(s));
  const [revoking, setRevoking] = useState<ClientInvitation | null>(null);
  const revoke = useMutation(
    trpc.client.revokeInvitation.mutationOptions({
      onSuccess: () => revoking && toast.success(t("revoked", { email: revoking.email })),
      onError: (error) => toast.error(errorMessage(error, tc("unexpectedError"))),
      onSettled: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.client.invitations.pathKey() });
        router.refresh();
        setRevoking(null);
      },
    }),
  );

  return (
    <section aria-labelledby="client-invitations-heading">
      <h3 id="client-invitations-heading" className="mb-3 text-sm font-semibold text-zinc-900">
        {t("heading")}
        {query.data?.length ? <span className="ml-2 font-normal text-zinc-500 tabular-nums">{query.data.length}</span> : null}
      </h3>
      <Card className="overflow-hidden">
        {query.isPending ? (
          <div className="space-y-3 p-5" aria-busy="true">
            <Skeleton className="h-4 w-56" />
          </div>
        ) : query.isError ? (
          <EmptyState icon={<AlertCircleIcon className="size-5" />} title={t("error")} description={query.error.message} action={<Button variant="secondary" onClick={() => query.refetch()}>{tc("retry")}</Button>} />
        ) : query.data.length === 0 ? (
          <EmptyState icon={<MailIcon className="size-5" />} title={t("empty")} className="py-8" />
        ) : (
          <ul className="divide-y divide-zinc-100">
            {query.data.map((inv) => {
              const expired = inv.expiresAt.getTime() <= now.getTime();
              return (
                <li key={inv.id} className="flex items-center gap-3 px-4 py-3.5 sm:px-6">
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium text-zinc-900">{inv.email}</p>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
                      <RoleBadge role={inv.role} />
                      <span>{t("invitedBy", { name: inv.invitedBy.name })}</span>
                      {expired ? <Badge tone="amber">{t("expired")}</Badge> : <span>{t("expires", { date: format.dateTime(inv.expiresAt, { dateStyle: "medium" }) })}</span>}
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
        description={revoking ? t("confirmDescription", { email: revoking.email, client: client.name }) : undefined}
        confirmLabel={t("revoke")}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ ...s, invitationId: revoking.id })}
      />
    </section>
  );
}
