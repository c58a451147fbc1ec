"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useToast } from "@/app/_components/ui/toast";
import { applyServerErrors, errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { CallBar } from "./call-bar";
import { CallFormCard } from "./call-form-card";
import { CallerHistory } from "./caller-history";
import { deskFormDefaults, deskFormPaths, deskFormSchema, type DeskFormValues } from "./desk-form";
import type { DeskCurrentCall, ScreenPop } from "./desk-types";
import { FaqPanel } from "./faq-panel";
import { GreetingCard } from "./greeting-card";
import { ReadBackPanel } from "./read-back-panel";
import { ScriptStepper } from "./script-stepper";
import { TransferDialog } from "./transfer-dialog";
import { useSecondsLeft, useSecondsSince } from "./use-countdown";
import { useDeskShortcuts } from "./use-shortcuts";
import { WrapUpPanel } from "./wrap-up-panel";
import { WorkspaceSkeleton } from "./workspace-skeleton";

const ENDED = new Set(["COMPLETED", "ABANDONED", "FAILED", "VOICEMAIL"]);

/** The accepted call: loads the screen pop, then the workspace for talking, wrap-up and read-back. */
export function CallWorkspace({ agencySlug, current, onCall, onDone, skewMs }: { agencySlug: string; current: DeskCurrentCall; onCall: boolean; onDone: () => void; skewMs: number }) {
  const trpc = useTRPC();
  const t = useTranslations("desk.call");
  const pop = useQuery({ ...trpc.desk.screenPop.queryOptions({ agencySlug, callId: current.id }), refetchInterval: 5000 });
  if (pop.isPending) return <WorkspaceSkeleton />;
  if (pop.isError) return <p className="rounded-lg bg-red-50 p-4 text-sm text-red-800">{errorMessage(pop.error, t("loadError"))}</p>;
  return <Workspace agencySlug={agencySlug} current={current} onCall={onCall} pop={pop.data} onDone={onDone} skewMs={skewMs} />;
}

function Workspace({ agencySlug, current, onCall, pop, onDone, skewMs }: { agencySlug: string; current: DeskCurrentCall; onCall: boolean; pop: ScreenPop; onDone: () => void; skewMs: number }) {
  const trpc = useTRPC();
  const t = useTranslations("desk");
  const toast = useToast();
  const fields = useMemo(() => pop.terms?.fields ?? [], [pop.terms]);
  const form = useForm<DeskFormValues>({ resolver: zodResolver(deskFormSchema(fields)) as never, defaultValues: deskFormDefaults(fields, pop.call.fromNumber) });
  const [reviewing, setReviewing] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [hungUpAt, setHungUpAt] = useState<Date | null>(null);

  // The ACD owns the state: ON_CALL is talking; anything after (wrap-up) is the wrap-up and read-back.
  const talking = onCall && !hungUpAt;
  const callerGone = ENDED.has(pop.call.status);
  const connectedAt = current.connectedAt ? new Date(current.connectedAt) : pop.call.connectedAt ? new Date(pop.call.connectedAt) : null;
  const talkLive = useSecondsSince(talking ? connectedAt : null, skewMs);
  const wrapStart = current.wrapUpAt ? new Date(current.wrapUpAt) : hungUpAt;
  // After hanging up the timer stops at the talk time (the row's, or connected → wrap-up start meanwhile).
  const frozen = pop.call.talkSeconds ?? (connectedAt && wrapStart ? Math.max(0, Math.round((wrapStart.getTime() - connectedAt.getTime()) / 1000)) : null);
  const talkSeconds = talking ? talkLive : frozen;
  const wrapDeadline = wrapStart ? new Date(wrapStart.getTime() + current.wrapUpSeconds * 1000) : null;
  const wrapLeft = useSecondsLeft(wrapDeadline, skewMs);
  const voice = useQuery(trpc.desk.voiceToken.queryOptions({ agencySlug }, { staleTime: Infinity }));
  const voiceNote = voice.data ? t("voice.browser", { identity: voice.data.identity }) : t("voice.simulated");

  const hangUp = useMutation(
    trpc.desk.hangUp.mutationOptions({
      onSuccess: () => {
        setHungUpAt(new Date(Date.now() + skewMs));
        onDone();
      },
      onError: (e) => toast.error(errorMessage(e, t("actionFailed"))),
    }),
  );
  const transfer = useMutation(
    trpc.desk.transfer.mutationOptions({
      onSuccess: (r) => {
        setTransferOpen(false);
        setHungUpAt(new Date(Date.now() + skewMs));
        toast.success(t("transfer.done", { number: r.to }));
        onDone();
      },
    }),
  );
  const submit = useMutation(trpc.desk.submit.mutationOptions());

  const review = form.handleSubmit(
    () => {
      setFormError(null);
      setReviewing(true);
    },
    (errors) => setFormError(errors.form ? t("wrap.fixForm") : null),
  );
  const send = async () => {
    const v = form.getValues();
    setFormError(null);
    try {
      await submit.mutateAsync({ agencySlug, callId: current.id, outcome: v.outcome, form: v.form, notes: v.notes });
      toast.success(t("readBack.submitted"));
      onDone();
    } catch (error) {
      setReviewing(false);
      setFormError(applyServerErrors(error, form.setError, deskFormPaths(fields), t("actionFailed")));
    }
  };

  useDeskShortcuts({
    hangUp: talking && !hangUp.isPending ? () => hangUp.mutate({ agencySlug, callId: current.id }) : undefined,
    submit: talking || submit.isPending ? undefined : reviewing ? () => void send() : () => void review(),
  });
  useEffect(() => {
    if (!talking) window.scrollTo({ top: 0, behavior: "smooth" });
  }, [talking]);

  const outcomes = pop.terms?.outcomes ?? [];
  return (
    <div className="space-y-4">
      <CallBar
        pop={pop}
        canTransfer={(pop.terms?.escalation.length ?? 0) > 0}
        talkSeconds={talkSeconds}
        talking={talking}
        callerGone={callerGone}
        voiceNote={voiceNote}
        hangingUp={hangUp.isPending}
        onHangUp={() => hangUp.mutate({ agencySlug, callId: current.id })}
        onTransfer={() => setTransferOpen(true)}
      />
      {callerGone && talking ? <p className="hidden rounded-lg bg-amber-50 px-4 py-2.5 text-sm font-medium text-amber-800 ring-1 ring-amber-600/20 sm:block">{t("call.callerHungUp")}</p> : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-3">
          {!talking && reviewing ? (
            <ReadBackPanel fields={fields} outcomes={outcomes} values={form.getValues()} submitting={submit.isPending} error={formError} onEdit={() => setReviewing(false)} onSubmit={() => void send()} />
          ) : null}
          {!talking && !reviewing ? (
            <WrapUpPanel outcomes={outcomes} form={form} secondsLeft={wrapLeft} total={current.wrapUpSeconds} onReview={() => void review()} formError={formError} />
          ) : null}
          <GreetingCard terms={pop.terms} />
          {pop.terms ? <ScriptStepper script={pop.terms.script} /> : null}
          {pop.terms ? <FaqPanel faq={pop.terms.faq} /> : null}
        </div>
        <div className="space-y-4 lg:col-span-2">
          {reviewing ? null : <CallFormCard fields={fields} form={form} />}
          <CallerHistory history={pop.history} client={pop.client} />
        </div>
      </div>
      <TransferDialog
        open={transferOpen}
        onOpenChange={setTransferOpen}
        escalation={pop.terms?.escalation ?? []}
        loading={transfer.isPending}
        error={transfer.error ? errorMessage(transfer.error, t("actionFailed")) : null}
        onConfirm={(escalationId) => transfer.mutate({ agencySlug, callId: current.id, escalationId })}
      />
    </div>
  );
}
