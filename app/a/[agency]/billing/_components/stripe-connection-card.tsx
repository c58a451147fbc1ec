"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPCClient } from "@/app/_trpc/client";
import { RestrictedKeyForm } from "./restricted-key-form";

export type AccountView = { connection: "NONE" | "CONNECT" | "RESTRICTED_KEY"; stripeAccountId: string | null; chargesEnabled: boolean; currencies: string[] };

/**
 * The agency's Stripe account: connect through Stripe Connect (onboarding on Stripe, back to `?connect=return`
 * where we read the account) or with the agency's own restricted key; its state and the currencies it can charge.
 */
export function StripeConnectionCard({ agencySlug, account, canManage }: { agencySlug: string; account: AccountView; canManage: boolean }) {
  const t = useTranslations("billing.connection");
  const tc = useTranslations("common");
  const api = useTRPCClient();
  const router = useRouter();
  const params = useSearchParams();
  const toast = useToast();
  const [busy, setBusy] = useState<null | "connect" | "disconnect" | "finish">(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const finished = useRef(false);

  // Back from Stripe's onboarding: read the account once, then drop the marker from the address.
  useEffect(() => {
    if (!canManage || params.get("connect") !== "return" || finished.current) return;
    finished.current = true;
    setBusy("finish");
    api.billing.finishConnect
      .mutate({ agencySlug })
      .then(() => toast.success(t("finished")))
      .catch((e) => setError(errorMessage(e, tc("unexpectedError"))))
      .finally(() => {
        setBusy(null);
        router.replace(`/a/${agencySlug}/billing`);
        router.refresh();
      });
  }, [api, agencySlug, canManage, params, router, t, tc, toast]);

  const connect = async () => {
    setBusy("connect");
    setError(null);
    try {
      const { url } = await api.billing.startConnect.mutate({ agencySlug });
      window.location.assign(url);
    } catch (e) {
      setError(errorMessage(e, tc("unexpectedError")));
      setBusy(null);
    }
  };

  const disconnect = async () => {
    setBusy("disconnect");
    try {
      await api.billing.disconnect.mutate({ agencySlug });
      toast.success(t("disconnected"));
      setConfirmOff(false);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e, tc("unexpectedError")));
    } finally {
      setBusy(null);
    }
  };

  const connected = account.connection !== "NONE";
  const state = !connected ? "none" : account.connection === "CONNECT" && !account.chargesEnabled ? "onboarding" : "ready";
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle>{t("title")}</CardTitle>
          <Badge tone={state === "ready" ? "green" : state === "onboarding" ? "amber" : "neutral"}>{t(`state.${state}`)}</Badge>
        </div>
        <CardDescription>{t(connected ? `via.${account.connection}` : "description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {error ? <Alert>{error}</Alert> : null}
        {busy === "finish" ? <Alert tone="info">{t("finishing")}</Alert> : null}
        {connected ? (
          <dl className="grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-zinc-500">{t("account")}</dt>
              <dd className="mt-0.5 font-mono text-zinc-900">{account.stripeAccountId ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-zinc-500">{t("currencies")}</dt>
              <dd className="mt-1 flex flex-wrap gap-1">
                {account.currencies.length ? account.currencies.map((c) => <Badge key={c}>{c.toUpperCase()}</Badge>) : <span className="text-zinc-500">—</span>}
              </dd>
            </div>
          </dl>
        ) : canManage ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <div className="space-y-3">
              <p className="text-sm text-zinc-600">{t("connectHint")}</p>
              <Button onClick={connect} loading={busy === "connect"}>
                {t("connect")}
              </Button>
            </div>
            <RestrictedKeyForm agencySlug={agencySlug} />
          </div>
        ) : (
          <p className="text-sm text-zinc-500">{t("askAdmin")}</p>
        )}
      </CardContent>
      {connected && canManage ? (
        <CardFooter className="justify-end">
          {state === "onboarding" ? (
            <Button variant="secondary" onClick={connect} loading={busy === "connect"}>
              {t("resume")}
            </Button>
          ) : null}
          <Button variant="ghost" onClick={() => setConfirmOff(true)}>
            {t("disconnect")}
          </Button>
        </CardFooter>
      ) : null}
      <ConfirmDialog open={confirmOff} onOpenChange={setConfirmOff} title={t("disconnectTitle")} description={t("disconnectDescription")} confirmLabel={t("disconnect")} onConfirm={disconnect} loading={busy === "disconnect"} />
    </Card>
  );
}
