import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChevronLeftIcon, PhoneIncomingIcon } from "@/app/_components/icons";
import { MessageTrail } from "@/app/_components/messages/message-trail";
import { Alert } from "@/app/_components/ui/alert";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { MediaPurgedNote } from "@/app/_components/data/media-purged-note";
import { AudioClip } from "@/app/a/[agency]/calls/_components/audio-clip";
import { CallTimeline } from "@/app/a/[agency]/calls/_components/call-timeline";
import { formatDuration } from "@/app/a/[agency]/calls/_components/format-duration";
import { formatPhone } from "@/server/lib/phone";
import { orPage, serverCaller } from "@/server/trpc/rsc";
import { RESULT_TONE } from "../_components/portal-calls-table";

type Params = { params: Promise<{ client: string; call: string }> };

export async function generateMetadata({ params }: Params) {
  const { client: clientSlug, call: callId } = await params;
  const t = await getTranslations("reports.call");
  const call = await (await serverCaller()).report.portal.callDetail({ clientSlug, callId }).catch(() => null);
  return { title: call?.fromNumber ? t("title", { caller: formatPhone(call.fromNumber) }) : t("titleUnknown") };
}

/** One of the client's calls: figures, who answered (first name), outcome, form answers, audio, timeline, messages. */
export default async function PortalCallPage({ params }: Params) {
  const { client: clientSlug, call: callId } = await params;
  const call = await orPage((await serverCaller()).report.portal.callDetail({ clientSlug, callId }), `/portal/${clientSlug}/calls/${callId}`);
  const t = await getTranslations("reports.call");
  const tr = await getTranslations("reports.result");
  const tm = await getTranslations("messages.trail");
  const format = await getFormatter();
  const zone = call.timeZone;
  const dash = <span className="text-zinc-300">—</span>;
  const stats = [
    { label: t("wait"), value: formatDuration(call.waitSeconds) },
    { label: t("talk"), value: formatDuration(call.talkSeconds) },
    { label: t("duration"), value: formatDuration(call.durationSeconds) },
    { label: t("operator"), value: call.operatorFirstName },
  ];
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/portal/${clientSlug}/calls`} className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
          <ChevronLeftIcon className="size-4" />
          {t("back")}
        </Link>
        <div className="flex min-w-0 items-start gap-3">
          <span className="flex size-11 shrink-0 items-center justify-center rounded-xl bg-indigo-50 text-indigo-600 ring-1 ring-indigo-600/10" aria-hidden="true">
            <PhoneIncomingIcon className="size-5" />
          </span>
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
              <h1 className="text-xl font-semibold tracking-tight text-zinc-900 tabular-nums sm:text-2xl">{call.fromNumber ? t("title", { caller: formatPhone(call.fromNumber) }) : t("titleUnknown")}</h1>
              <Badge tone={RESULT_TONE[call.status] ?? "neutral"}>{call.status in RESULT_TONE ? tr(call.status as "COMPLETED") : call.status}</Badge>
            </div>
            <p className="mt-1 text-sm text-zinc-500">{[call.callerName, call.hotlineName, format.dateTime(call.startedAt, { timeZone: zone, dateStyle: "medium", timeStyle: "short" })].filter(Boolean).join(" · ")}</p>
          </div>
        </div>
      </div>
      {!call.final ? <Alert tone="info">{t("inProgress")}</Alert> : null}

      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {stats.map((s) => (
          <Card key={s.label} className="px-4 py-3">
            <dt className="text-xs font-medium text-zinc-500">{s.label}</dt>
            <dd className="mt-1 truncate text-lg font-semibold text-zinc-900 tabular-nums">{s.value ?? dash}</dd>
          </Card>
        ))}
      </dl>

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>{t("outcome")}</CardTitle>
              <CardDescription>{call.outcomeLabel ?? t("noOutcome")}</CardDescription>
            </CardHeader>
            <CardContent>
              <p className="mb-3 text-sm font-medium text-zinc-900">{t("answers")}</p>
              {call.answers.length === 0 ? (
                <p className="text-sm text-zinc-500">{t("noAnswers")}</p>
              ) : (
                <dl className="divide-y divide-zinc-100 text-sm">
                  {call.answers.map((a) => (
                    <div key={a.key} className="grid grid-cols-5 gap-3 py-2">
                      <dt className="col-span-2 text-zinc-500">{a.label}</dt>
                      <dd className="col-span-3 break-words whitespace-pre-wrap text-zinc-900">{typeof a.value === "boolean" ? (a.value ? t("yes") : t("no")) : a.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {call.voicemailUrl ? (
                <div className="mt-4">
                  <p className="text-sm font-medium text-zinc-900">{t("voicemail")}</p>
                  <AudioClip url={call.voicemailUrl} label={t("voicemail")} />
                </div>
              ) : null}
              {call.recordingUrl ? (
                <div className="mt-4">
                  <p className="text-sm font-medium text-zinc-900">{t("recording")}</p>
                  <AudioClip url={call.recordingUrl} label={t("recording")} />
                </div>
              ) : null}
              <MediaPurgedNote purgedAt={call.mediaPurgedAt} timeZone={zone} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{tm("title")}</CardTitle>
              <CardDescription>{tm("description")}</CardDescription>
            </CardHeader>
            <CardContent>
              {call.messages.length === 0 ? (
                <p className="text-sm text-zinc-500">{tm("empty")}</p>
              ) : (
                <div className="divide-y divide-zinc-100">{call.messages.map((m) => <MessageTrail key={m.id} message={m} timeZone={zone} />)}</div>
              )}
            </CardContent>
          </Card>
        </div>
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>{t("timeline")}</CardTitle>
            <CardDescription>{t("timelineHint", { zone: zone.replaceAll("_", " ") })}</CardDescription>
          </CardHeader>
          <CardContent>
            <CallTimeline entries={call.timeline} timeZone={zone} live={!call.final} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
