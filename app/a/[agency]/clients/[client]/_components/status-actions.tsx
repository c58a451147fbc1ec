"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import type { ClientStatus } from "@/server/clients/clients.schema";
import { actionFor, allowedTransitions, type StatusAction } from "@/server/clients/status-machine";
import { EndClientDialog } from "./end-client-dialog";

type Missing = { key: string; title: string; href: string };

/**
 * The moves the client's status allows, each behind a confirmation. Going ACTIVE stays visible but
 * disabled while required checklist items are missing, with those items listed (and linked) under it.
 */
export function StatusActions({ agencySlug, clientSlug, clientName, status, missing }: { agencySlug: string; clientSlug: string; clientName: string; status: ClientStatus; missing: Missing[] }) {
  const t = useTranslations("clients.statusActions");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const reasonsId = useId();
  const [pending, setPending] = useState<{ to: ClientStatus; action: StatusAction } | null>(null);
  const setStatus = useMutation(
    trpc.client.setStatus.mutationOptions({
      onSuccess: (_, input) => {
        toast.success(t(`${actionFor(status, input.status) ?? "activate"}.done`, { name: clientName }));
        setPending(null);
        router.refresh();
      },
      onError: (error) => {
        toast.error(errorMessage(error, tc("unexpectedError")));
        setPending(null);
      },
    }),
  );
  const moves = allowedTransitions(status).map((to) => ({ to, action: actionFor(status, to)! }));
  if (moves.length === 0) return null;
  const blocked = missing.length > 0;

  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {moves.map(({ to, action }) => {
          const gated = to === "ACTIVE" && blocked;
          return (
            <Button
              key={to}
              variant={action === "end" ? "secondary" : to === "ACTIVE" ? "primary" : "secondary"}
              className={action === "end" ? "text-red-700" : undefined}
              aria-disabled={gated || undefined}
              aria-describedby={gated ? reasonsId : undefined}
              onClick={() => (gated ? undefined : setPending({ to, action }))}
            >
              {t(`${action}.button`)}
            </Button>
          );
        })}
      </div>
      {blocked && moves.some((m) => m.to === "ACTIVE") ? (
        <p id={reasonsId} className="max-w-sm text-sm text-zinc-500 sm:text-right">
          {t("blocked")}{" "}
          {missing.map((m, i) => (
            <span key={m.key}>
              {i > 0 ? ", " : null}
              <Link href={m.href} className="font-medium text-indigo-600 hover:text-indigo-500">
                {m.title}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <ConfirmDialog
        open={pending !== null && pending.action !== "end"}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        destructive={pending?.action === "suspend"}
        title={pending ? t(`${pending.action}.title`, { name: clientName }) : ""}
        description={pending ? t(`${pending.action}.description`, { name: clientName }) : undefined}
        confirmLabel={pending ? t(`${pending.action}.confirm`) : ""}
        loading={setStatus.isPending}
        onConfirm={() => pending && setStatus.mutate({ agencySlug, clientSlug, status: pending.to })}
      />
      <EndClientDialog
        open={pending?.action === "end"}
        onOpenChange={(open) => (open ? undefined : setPending(null))}
        clientName={clientName}
        loading={setStatus.isPending}
        onConfirm={() => setStatus.mutate({ agencySlug, clientSlug, status: "ENDED" })}
      />
    </div>
  );
}
