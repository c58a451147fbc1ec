"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { CheckCircleIcon, PhoneForwardedIcon, PhoneIcon, PhoneIncomingIcon, TrashIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";
import { ForwardingInstructions } from "./forwarding-instructions";
import type { NumberItem } from "./numbers-types";

type Props = { number: NumberItem; agencySlug: string; canManage: boolean; carrier: "TWILIO" | "EMULATOR"; onRelease: (n: NumberItem) => void; onTested: () => void };

/** One number: what it is, where it rings (or forwards to), and what an admin can do with it. */
export function NumberRow({ number: n, agencySlug, canManage, carrier, onRelease, onTested }: Props) {
  const t = useTranslations("numbers");
  const tc = useTranslations("common");
  const format = useFormatter();
  const toast = useToast();
  const trpc = useTRPC();
  const [showHow, setShowHow] = useState(false);
  const forwarded = n.kind === "FORWARDED";
  const test = useMutation({
    ...trpc.number.testForwarded.mutationOptions(),
    onSuccess: (r) => {
      toast.success(t("lines.testPlaced"), r.routed ? undefined : t("lines.testUnrouted"));
      onTested();
    },
    onError: (e) => toast.error(errorMessage(e, tc("unexpectedError"))),
  });
  const Icon = forwarded ? PhoneForwardedIcon : n.kind === "TOLL_FREE" ? PhoneIncomingIcon : PhoneIcon;

  return (
    <li className="px-5 py-4 sm:px-6">
      <div className="flex flex-wrap items-start gap-x-4 gap-y-3">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600 ring-1 ring-indigo-600/10" aria-hidden="true">
          <Icon className="size-4" />
        </span>
        <div className="min-w-0 flex-1 basis-52">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-zinc-900 tabular-nums">{formatPhone(n.e164)}</span>
            <Badge tone={forwarded ? "violet" : n.kind === "TOLL_FREE" ? "sky" : "neutral"}>{t(`kind.${n.kind}`)}</Badge>
            {n.provider === "TWILIO" ? <Badge tone="red">Twilio</Badge> : null}
          </div>
          <p className="mt-0.5 truncate text-sm text-zinc-500">{n.friendlyName || (n.providerSid ?? t("lines.clientOwned"))}</p>
        </div>
        <div className="min-w-0 basis-56 text-sm sm:flex-1">
          {forwarded ? (
            <>
              <p className="text-zinc-600">{t("lines.forwardsTo", { number: n.forwardsTo ? formatPhone(n.forwardsTo.e164) : "—" })}</p>
              {n.forwardingVerifiedAt ? (
                <p className="mt-0.5 inline-flex items-center gap-1 text-emerald-700">
                  <CheckCircleIcon className="size-4" />
                  {t("lines.verified", { date: format.dateTime(n.forwardingVerifiedAt, { dateStyle: "medium", timeStyle: "short" }) })}
                </p>
              ) : (
                <p className="mt-0.5 text-amber-700">{t("lines.notVerified")}</p>
              )}
            </>
          ) : n.hotline ? (
            <p className="text-zinc-600">
              {t.rich("ours.ringsHotline", {
                hotline: n.hotline.name,
                client: n.hotline.client.name,
                link: (c) => (
                  <Link className="font-medium text-indigo-600 hover:text-indigo-500" href={`/a/${agencySlug}/clients/${n.hotline!.client.slug}/hotlines/${n.hotline!.id}`}>
                    {c}
                  </Link>
                ),
              })}
              {n.hotline.status === "PAUSED" ? <Badge tone="amber" className="ml-2">{t("ours.paused")}</Badge> : null}
            </p>
          ) : (
            <p className="text-amber-700">{t("ours.unassigned")}</p>
          )}
        </div>
        <div className="flex shrink-0 items-center gap-1">
          {forwarded ? (
            <Button variant="ghost" size="sm" onClick={() => setShowHow((v) => !v)} aria-expanded={showHow}>
              {t("lines.how")}
            </Button>
          ) : null}
          {forwarded && canManage && carrier === "EMULATOR" ? (
            <Button variant="secondary" size="sm" loading={test.isPending} onClick={() => test.mutate({ agencySlug, numberId: n.id })}>
              {t("lines.test")}
            </Button>
          ) : null}
          {canManage ? (
            <Button variant="ghost" size="icon" className="size-8 text-zinc-500 hover:text-red-600" onClick={() => onRelease(n)}>
              <TrashIcon />
              <span className="sr-only">{t("release.open", { number: formatPhone(n.e164) })}</span>
            </Button>
          ) : null}
        </div>
      </div>
      {forwarded && showHow && n.instructions && n.forwardsTo ? <ForwardingInstructions className="mt-4 sm:ml-13" instructions={n.instructions} target={n.forwardsTo.e164} carrier={carrier} /> : null}
    </li>
  );
}
