"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog, DialogFooter } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { canAssignRole, INVITABLE_ROLES } from "@/server/auth/roles";
import { inviteSchema } from "@/server/team/team.schema";
import type { AgencyRole } from "./team-view";

type Values = z.input<typeof inviteSchema>;

export function InviteDialog({
  open,
  onOpenChange,
  agencySlug,
  actorRole,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  agencySlug: string;
  actorRole: AgencyRole;
}) {
  const t = useTranslations("team.invite");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const roles = INVITABLE_ROLES.filter((r) => canAssignRole(actorRole, r));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof inviteSchema>>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { email: "", role: "OPERATOR" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");
  const invite = useMutation(trpc.team.invite.mutationOptions());

  const close = (next: boolean) => {
    if (!next) {
      form.reset();
      setFormError(null);
    }
    onOpenChange(next);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const invitation = await invite.mutateAsync({ agencySlug, ...values });
      await queryClient.invalidateQueries({ queryKey: trpc.team.invitations.pathKey() });
      toast.success(t("sent", { email: invitation.email }), t("sentDescription"));
      close(false);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "role"], tc("unexpectedError")));
    }
  });

  return (
    <Dialog open={open} onOpenChange={close} title={t("title")} description={t("description")}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {formError ? <Alert>{formError}</Alert> : null}
        <FormField label={t("email")} error={errors.email?.message}>
          <Input type="email" autoComplete="off" inputMode="email" placeholder={t("emailPlaceholder")} data-autofocus {...form.register("email")} />
        </FormField>
        <FormField label={t("role")} hint={t(`roleHint.${role}`)} error={errors.role?.message}>
          <Select {...form.register("role")}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </Select>
        </FormField>
        <DialogFooter>
          <Button variant="secondary" onClick={() => close(false)} disabled={isSubmitting}>
            {tc("cancel")}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t("submit")}
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
