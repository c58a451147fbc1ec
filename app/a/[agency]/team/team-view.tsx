"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { UserPlusIcon } from "@/app/_components/icons";
import { PageHeader } from "@/app/_components/page-header";
import { Button } from "@/app/_components/ui/button";
import { hasAgencyRole, type AGENCY_ROLES } from "@/server/auth/roles";
import { InviteDialog } from "./invite-dialog";
import { MembersTable } from "./members-table";
import { PendingInvitations } from "./pending-invitations";

export type AgencyRole = (typeof AGENCY_ROLES)[number];
export type TeamContext = { agency: { slug: string; name: string }; actorRole: AgencyRole; currentUserId: string };

/** Members for everyone; inviting, role changes, removals and invitations only for those who may do them. */
export function TeamView({ openInvite, ...ctx }: TeamContext & { openInvite: boolean }) {
  const t = useTranslations("team");
  const canManage = hasAgencyRole(ctx.actorRole, "ADMIN");
  const [inviteOpen, setInviteOpen] = useState(openInvite);
  const router = useRouter();
  const pathname = usePathname();
  const onInviteOpenChange = (open: boolean) => {
    setInviteOpen(open);
    // Opened from a link (?invite=1): drop the parameter so a reload does not open it again.
    if (!open && openInvite) router.replace(pathname, { scroll: false });
  };

  return (
    <>
      <PageHeader
        title={t("title")}
        description={canManage ? t("descriptionAdmin", { agency: ctx.agency.name }) : t("description", { agency: ctx.agency.name })}
        actions={
          canManage ? (
            <Button onClick={() => setInviteOpen(true)}>
              <UserPlusIcon />
              {t("invite.open")}
            </Button>
          ) : null
        }
      />
      <div className="space-y-8">
        <MembersTable {...ctx} canManage={canManage} />
        {canManage ? <PendingInvitations agencySlug={ctx.agency.slug} /> : null}
      </div>
      {canManage ? <InviteDialog open={inviteOpen} onOpenChange={onInviteOpenChange} agencySlug={ctx.agency.slug} actorRole={ctx.actorRole} /> : null}
    </>
  );
}
