"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import type { TeamMember } from "@/app/_lib/router-types";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { AgencyRole } from "./team-view";

export type PendingAction = { kind: "role"; member: TeamMember; role: AgencyRole } | { kind: "remove"; member: TeamMember };

/** The confirmations behind a row's role select and remove button. */
export function MemberDialogs({ agency, pending, onDone }: { agency: { slug: string; name: string }; pending: PendingAction | null; onDone: () => void }) {
  const t = useTranslations("team.members");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();

  const settle = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.team.members.pathKey() });
    router.refresh(); // the home page's counts and the shell come from the server
    onDone();
  };
  const fail = (error: unknown) => {
    toast.error(errorMessage(error, tc("unexpectedError")));
    onDone();
  };

  const changeRole = useMutation(
    trpc.team.changeRole.mutationOptions({
      onSuccess: async (_, input) => {
        if (pending) toast.success(t("changeRole.done", { name: pending.member.user.name, role: tr(input.role) }));
        await settle();
      },
      onError: fail,
    }),
  );
  const remove = useMutation(
    trpc.team.removeMember.mutationOptions({
      onSuccess: async () => {
        if (pending) toast.success(t("remove.done", { name: pending.member.user.name }));
        await settle();
      },
      onError: fail,
    }),
  );

  const member = pending?.member;
  return (
    <>
      <ConfirmDialog
        open={pending?.kind === "role"}
        onOpenChange={(open) => (open ? undefined : onDone())}
        destructive={false}
        title={t("changeRole.title", { name: member?.user.name ?? "" })}
        description={
          pending?.kind === "role"
            ? t("changeRole.description", { name: pending.member.user.name, from: tr(pending.member.role), to: tr(pending.role) })
            : undefined
        }
        confirmLabel={t("changeRole.confirm")}
        loading={changeRole.isPending}
        onConfirm={() => pending?.kind === "role" && changeRole.mutate({ agencySlug: agency.slug, memberId: pending.member.id, role: pending.role })}
      />
      <ConfirmDialog
        open={pending?.kind === "remove"}
        onOpenChange={(open) => (open ? undefined : onDone())}
        title={t("remove.title", { name: member?.user.name ?? "" })}
        description={member ? t("remove.description", { name: member.user.name, email: member.user.email, agency: agency.name }) : undefined}
        confirmLabel={t("remove.confirm")}
        loading={remove.isPending}
        onConfirm={() => pending?.kind === "remove" && remove.mutate({ agencySlug: agency.slug, memberId: pending.member.id })}
      />
    </>
  );
}
