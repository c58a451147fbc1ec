"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
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
import { CLIENT_ROLES } from "@/server/auth/roles";
import { inviteClientUserSchema } from "@/server/clients/clients.schema";
import type { ClientUsersContext } from "./client-users-view";

type Values = z.input<typeof inviteClientUserSchema>;

/** Invites someone at the client to its portal; the e-mail names the client ("the portal of Aurora Dental"). */
export function InviteClientUserDialog({ open, onOpenChange, agencySlug, client }: ClientUsersContext & { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("clients.users.invite");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof inviteClientUserSchema>>({ resolver: zodResolver(inviteClientUserSchema), defaultValues: { email: "", role: "CLIENT_ADMIN" } });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch("role");
  const invite = useMutation(trpc.client.inviteUser.mutationOptions());

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
      const invitation = await invite.mutateAsync({ agencySlug, clientSlug: client.slug, ...values });
      await queryClient.invalidateQueries({ queryKey: trpc.client.invitations.pathKey() });
      toast.success(t("sent", { email: invitation.email }), t("sentDescription", { client: client.name }));
      router.refresh(); // the checklist's "client user invited" item
      close(false);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, ["email", "role"], tc("unexpectedError")));
    }
  });

  return (
    <Dialog open={open} onOpenChange={close} title={t("title", { client: client.name })} description={t("description")}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {formError ? <Alert>{formError}</Alert> : null}
        <FormField label={t("email")} error={errors.email?.message}>
          <Input type="email" autoComplete="off" inputMode="email" placeholder={t("emailPlaceholder")} data-autofocus {...form.register("email")} />
        </FormField>
        <FormField label={t("role")} hint={t(`roleHint.${role}`)} error={errors.role?.message}>
          <Select {...form.register("role")}>
            {CLIENT_ROLES.map((r) => (
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
