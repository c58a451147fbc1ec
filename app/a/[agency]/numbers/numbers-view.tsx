"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PhoneForwardedIcon, PhoneIcon, PlusIcon, SearchIcon } from "@/app/_components/icons";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { useTRPC } from "@/app/_trpc/client";
import { AttachNumberDialog } from "./attach-number-dialog";
import { BuyNumberDialog } from "./buy-number-dialog";
import { ForwardedLineDialog } from "./forwarded-line-dialog";
import { NumberRow } from "./number-row";
import type { NumberItem, NumbersData } from "./numbers-types";
import { ReleaseNumberDialog } from "./release-number-dialog";

type Open = "buy" | "attach" | "forwarded" | null;

/**
 * The agency's numbers in two groups: ours (bought or attached; each rings at most one hotline) and the
 * clients' own lines forwarded to them. While a forwarding test call is under way the list is polled,
 * so "verified" appears when the call arrives.
 */
export function NumbersView({ agencySlug, initial }: { agencySlug: string; initial: NumbersData }) {
  const t = useTranslations("numbers");
  const trpc = useTRPC();
  const [open, setOpen] = useState<Open>(null);
  const [releasing, setReleasing] = useState<NumberItem | null>(null);
  const [testingUntil, setTestingUntil] = useState(0);
  const list = trpc.number.list.queryOptions({ agencySlug });
  const query = useQuery({ ...list, initialData: initial, refetchInterval: () => (Date.now() < testingUntil ? 2000 : false) });
  const data = query.data;
  const ours = data.numbers.filter((n) => n.kind !== "FORWARDED");
  const lines = data.numbers.filter((n) => n.kind === "FORWARDED");
  const rowProps = { agencySlug, canManage: data.canManage, carrier: data.carrier, onRelease: setReleasing, onTested: () => setTestingUntil(Date.now() + 60_000) };

  return (
    <div className="space-y-8">
      {data.canManage ? (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => setOpen("buy")}>
            <SearchIcon />
            {t("buy.open")}
          </Button>
          <Button variant="secondary" onClick={() => setOpen("attach")}>
            <PlusIcon />
            {t("attach.open")}
          </Button>
          <Button variant="secondary" onClick={() => setOpen("forwarded")} disabled={ours.length === 0} title={ours.length === 0 ? t("forwarded.needNumber") : undefined}>
            <PhoneForwardedIcon />
            {t("forwarded.open")}
          </Button>
        </div>
      ) : null}

      <section aria-labelledby="numbers-ours" className="space-y-3">
        <h2 id="numbers-ours" className="text-base font-semibold text-zinc-900">
          {t("ours.title")} <span className="ml-1 text-sm font-normal text-zinc-500 tabular-nums">{ours.length}</span>
        </h2>
        <Card>
          {ours.length === 0 ? (
            <EmptyState
              icon={<PhoneIcon className="size-5" />}
              title={t("ours.empty")}
              description={t(data.canManage ? "ours.emptyManager" : "ours.emptyReader")}
              action={data.canManage ? <Button onClick={() => setOpen("buy")}>{t("buy.open")}</Button> : undefined}
            />
          ) : (
            <ul className="divide-y divide-zinc-100">
              {ours.map((n) => (
                <NumberRow key={n.id} number={n} {...rowProps} />
              ))}
            </ul>
          )}
        </Card>
      </section>

      <section aria-labelledby="numbers-lines" className="space-y-3">
        <div>
          <h2 id="numbers-lines" className="text-base font-semibold text-zinc-900">
            {t("lines.title")} <span className="ml-1 text-sm font-normal text-zinc-500 tabular-nums">{lines.length}</span>
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-zinc-500">{t("lines.description")}</p>
        </div>
        <Card>
          {lines.length === 0 ? (
            <EmptyState icon={<PhoneForwardedIcon className="size-5" />} title={t("lines.empty")} description={t("lines.emptyHint")} />
          ) : (
            <ul className="divide-y divide-zinc-100">
              {lines.map((n) => (
                <NumberRow key={n.id} number={n} {...rowProps} />
              ))}
            </ul>
          )}
        </Card>
      </section>

      {data.canManage ? (
        <>
          <BuyNumberDialog agencySlug={agencySlug} open={open === "buy"} onClose={() => setOpen(null)} />
          <AttachNumberDialog agencySlug={agencySlug} open={open === "attach"} onClose={() => setOpen(null)} />
          <ForwardedLineDialog agencySlug={agencySlug} open={open === "forwarded"} onClose={() => setOpen(null)} targets={ours} />
          <ReleaseNumberDialog agencySlug={agencySlug} number={releasing} onClose={() => setReleasing(null)} />
        </>
      ) : null}
    </div>
  );
}
