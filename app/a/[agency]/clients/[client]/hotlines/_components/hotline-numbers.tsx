"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PhoneIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Select } from "@/app/_components/ui/select";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";

type Num = { id: string; e164: string; kind: string; friendlyName: string | null };
type Props = { agencySlug: string; clientSlug: string; hotlineId: string; numbers: Num[]; freeNumbers: Num[]; canManage: boolean };

/** The numbers that ring this hotline; admins assign one of the agency's free numbers or take one off (asks first). */
export function HotlineNumbers({ agencySlug, clientSlug, hotlineId, numbers, freeNumbers, canManage }: Props) {
  const t = useTranslations("hotlines.numbers");
  const tk = useTranslations("numbers.kind");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [picked, setPicked] = useState("");
  const [removing, setRemoving] = useState<Num | null>(null);
  const s = { agencySlug, clientSlug, hotlineId };
  const onError = (e: unknown) => toast.error(errorMessage(e, tc("unexpectedError")));
  const assign = useMutation({
    ...trpc.hotline.assignNumber.mutationOptions(),
    onSuccess: () => {
      toast.success(t("assigned"));
      setPicked("");
      router.refresh();
    },
    onError,
  });
  const unassign = useMutation({
    ...trpc.hotline.unassignNumber.mutationOptions(),
    onSuccess: () => {
      toast.success(t("unassigned"));
      setRemoving(null);
      router.refresh();
    },
    onError: (e) => {
      onError(e);
      setRemoving(null);
    },
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {numbers.length === 0 ? (
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800 ring-1 ring-amber-600/20 ring-inset">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-200">
            {numbers.map((n) => (
              <li key={n.id} className="flex items-center gap-3 px-4 py-2.5">
                <PhoneIcon className="size-4 shrink-0 text-zinc-400" />
                <div className="min-w-0 flex-1">
                  <p className="font-medium whitespace-nowrap text-zinc-900 tabular-nums">{formatPhone(n.e164)}</p>
                  <p className="truncate text-xs text-zinc-500">{[tk(n.kind as "LOCAL"), n.friendlyName].filter(Boolean).join(" · ")}</p>
                </div>
                {canManage ? (
                  <Button variant="ghost" size="sm" onClick={() => setRemoving(n)}>
                    {t("unassign")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {canManage ? (
          freeNumbers.length > 0 ? (
            <form className="flex flex-col gap-2 sm:flex-row" onSubmit={(e) => (e.preventDefault(), picked && assign.mutate({ ...s, numberId: picked }))}>
              <Select aria-label={t("pick")} value={picked} onChange={(e) => setPicked(e.target.value)} wrapperClassName="flex-1">
                <option value="">{t("pick")}</option>
                {freeNumbers.map((n) => (
                  <option key={n.id} value={n.id}>
                    {formatPhone(n.e164)} · {tk(n.kind as "LOCAL")}
                  </option>
                ))}
              </Select>
              <Button type="submit" variant="secondary" disabled={!picked} loading={assign.isPending}>
                {t("assign")}
              </Button>
            </form>
          ) : (
            <p className="text-sm text-zinc-500">
              {t.rich("noFree", { link: (c) => <Link href={`/a/${agencySlug}/numbers`} className="font-medium text-indigo-600 hover:text-indigo-500">{c}</Link> })}
            </p>
          )
        ) : null}
      </CardContent>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => (o ? undefined : setRemoving(null))}
        title={t("confirmTitle", { number: removing ? formatPhone(removing.e164) : "" })}
        description={t("confirmDescription")}
        confirmLabel={t("unassign")}
        loading={unassign.isPending}
        onConfirm={() => removing && unassign.mutate({ ...s, numberId: removing.id })}
      />
    </Card>
  );
}
