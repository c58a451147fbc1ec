"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { AlertCircleIcon, TrashIcon, UserPlusIcon, UsersIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Select } from "@/app/_components/ui/select";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { useToast } from "@/app/_components/ui/toast";
import { initials } from "@/app/_lib/initials";
import type { ClientUser } from "@/app/_lib/router-types";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { CLIENT_ROLES } from "@/server/auth/roles";
import type { ClientUsersContext } from "./client-users-view";

type Pending = { kind: "role"; user: ClientUser; role: ClientUser["role"] } | { kind: "remove"; user: ClientUser };

/** The client's portal users: role changes and removals, each confirmed. */
export function ClientUserList({ agencySlug, client, onInvite }: ClientUsersContext & { onInvite?: () => void }) {
  const t = useTranslations("clients.users.list");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const s = { agencySlug, clientSlug: client.slug };
  const query = useQuery(trpc.client.users.queryOptions(s));
  const [pending, setPending] = useState<Pending | null>(null);
  const settle = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.client.users.pathKey() });
    router.refresh();
    setPending(null);
  };
  const fail = (error: unknown) => {
    toast.error(errorMessage(error, tc("unexpectedError")));
    setPending(null);
  };
  const changeRole = useMutation(trpc.client.changeUserRole.mutationOptions({ onSuccess: async (r) => { toast.success(t("roleChanged", { role: tr(r.role) })); await settle(); }, onError: fail }));
  const remove = useMutation(trpc.client.removeUser.mutationOptions({ onSuccess: async () => { toast.success(t("removed")); await settle(); }, onError: fail }));

  return (
    <section aria-labelledby="client-users-heading">
      <h3 id="client-users-heading" className="mb-3 text-sm font-semibold text-zinc-900">
        {t("heading")}
        {query.data?.length ? <span className="ml-2 font-normal text-zinc-500 tabular-nums">{query.data.length}</span> : null}
      </h3>
      <Card className="overflow-hidden">
        {query.isPending ? (
          <div className="space-y-3 p-5" aria-busy="true">
            <Skeleton className="h-4 w-56" />
            <Skeleton className="h-4 w-40" />
          </div>
        ) : query.isError ? (
          <EmptyState icon={<AlertCircleIcon className="size-5" />} title={t("error")} description={query.error.message} action={<Button variant="secondary" onClick={() => query.refetch()}>{tc("retry")}</Button>} />
        ) : query.data.length === 0 ? (
          <EmptyState
            icon={<UsersIcon className="size-5" />}
            title={t("empty")}
            description={t("emptyHint", { client: client.name })}
            action={onInvite ? <Button variant="secondary" onClick={onInvite}><UserPlusIcon />{t("inviteFirst")}</Button> : undefined}
          />
        ) : (
          <ul className="divide-y divide-zinc-100">
            {query.data.map((u) => (
              <li key={u.id} className="flex items-center gap-3 px-4 py-3 sm:px-6">
                <span className="hidden size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600 sm:flex" aria-hidden="true">
                  {initials(u.user.name)}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium text-zinc-900">{u.user.name}</p>
                  <p className="truncate text-sm text-zinc-500">
                    {u.user.email}
                    <span className="hidden md:inline"> · {t("joined", { date: format.dateTime(u.createdAt, { dateStyle: "medium" }) })}</span>
                  </p>
                </div>
                <Select
                  aria-label={t("roleOf", { name: u.user.name })}
                  value={u.role}
                  onChange={(e) => setPending({ kind: "role", user: u, role: e.target.value as ClientUser["role"] })}
                  wrapperClassName="w-36 sm:w-44"
                  className="h-8 text-[13px] sm:text-sm"
                >
                  {CLIENT_ROLES.map((r) => (
                    <option key={r} value={r}>{tr(r)}</option>
                  ))}
                </Select>
                <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-red-600" onClick={() => setPending({ kind: "remove", user: u })}>
                  <TrashIcon />
                  <span className="sr-only">{t("removeNamed", { name: u.user.name })}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <ConfirmDialog
        open={pending?.kind === "role"}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        destructive={false}
        title={t("changeRoleTitle", { name: pending?.user.user.name ?? "" })}
        description={pending?.kind === "role" ? t("changeRoleDescription", { name: pending.user.user.name, role: tr(pending.role) }) : undefined}
        confirmLabel={t("changeRoleConfirm")}
        loading={changeRole.isPending}
        onConfirm={() => pending?.kind === "role" && changeRole.mutate({ ...s, memberId: pending.user.id, role: pending.role })}
      />
      <ConfirmDialog
        open={pending?.kind === "remove"}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        title={t("removeTitle", { name: pending?.user.user.name ?? "" })}
        description={pending ? t("removeDescription", { name: pending.user.user.name, client: client.name }) : undefined}
        confirmLabel={t("removeConfirm")}
        loading={remove.isPending}
        onConfirm={() => pending?.kind === "remove" && remove.mutate({ ...s, memberId: pending.user.id })}
      />
    </section>
  );
}
