"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { UserPlusIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { ClientInvitations } from "./client-invitations";
import { ClientUserList } from "./client-user-list";
import { InviteClientUserDialog } from "./invite-client-user-dialog";

export type ClientUsersContext = { agencySlug: string; client: { slug: string; name: string; ended: boolean } };

export function ClientUsersView(ctx: ClientUsersContext) {
  const t = useTranslations("clients.users");
  const [inviteOpen, setInviteOpen] = useState(false);
  return (
    <div className="space-y-8">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="text-base font-semibold text-zinc-900">{t("title")}</h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-500">{t("description", { client: ctx.client.name })}</p>
        </div>
        {!ctx.client.ended ? (
          <Button onClick={() => setInviteOpen(true)}>
            <UserPlusIcon />
            {t("invite.open")}
          </Button>
        ) : null}
      </div>
      <ClientUserList {...ctx} onInvite={ctx.client.ended ? undefined : () => setInviteOpen(true)} />
      <ClientInvitations {...ctx} />
      {!ctx.client.ended ? <InviteClientUserDialog open={inviteOpen} onOpenChange={setInviteOpen} {...ctx} /> : null}
    </div>
  );
}
