"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { formatPhone } from "@/server/lib/phone";
import { MediaPurgedNote } from "@/app/_components/data/media-purged-note";
import { AudioClip } from "./audio-clip";
import type { CallDetail } from "./call-types";

/** Everything else known about the call, as a definition list; rows without a value are left out. */
export function CallDetails({ call, agencySlug }: { call: CallDetail; agencySlug: string }) {
  const t = useTranslations("calls.call");
  const format = useFormatter();
  const zone = call.client.timezone;
  const when = (d: Date) => format.dateTime(d, { timeZone: zone, dateStyle: "medium", timeStyle: "medium" });
  const clientBase = `/a/${agencySlug}/clients/${call.client.slug}`;
  const link = "font-medium text-indigo-600 hover:text-indigo-500 focus-visible:outline-2 focus-visible:outline-indigo-600";
  // Audio the timeline already plays is not repeated here.
  const played = new Set(call.timeline.flatMap((e) => (e.audio ? [e.audio.url] : [])));
  const price = call.callerPricePerMinute
    ? format.number(Number(call.callerPricePerMinute), { style: "currency", currency: call.client.currency, maximumFractionDigits: 4 })
    : null;

  const rows: [string, ReactNode][] = [
    [t("numberCalled"), <span className="tabular-nums">{formatPhone(call.phoneNumber?.e164 ?? call.toNumber)}</span>],
    [t("client"), <Link href={clientBase} className={link}>{call.client.name}</Link>],
    [t("hotline"), <Link href={`${clientBase}/hotlines/${call.hotline.id}`} className={link}>{call.hotline.name}</Link>],
    [t("started"), when(call.startedAt)],
    [t("ended"), call.endedAt ? when(call.endedAt) : <span className="text-zinc-400">{t("notEnded")}</span>],
    [
      t("terms"),
      call.termsVersionNumber != null ? (
        <Link href={`${clientBase}/terms/${call.termsVersionNumber}`} className={link}>
          {t("termsVersion", { number: call.termsVersionNumber })}
        </Link>
      ) : (
        <span className="text-zinc-400">{t("noTerms")}</span>
      ),
    ],
  ];
  if (call.callerName) rows.push([t("callerName"), call.callerName]);
  if (call.forwardedFrom) rows.push([t("forwardedFrom"), <span className="tabular-nums">{formatPhone(call.forwardedFrom)}</span>]);
  if (call.menuDigits) rows.push([t("menuDigits"), <span className="font-mono">{call.menuDigits}</span>]);
  if (call.forwardedTo) rows.push([t("forwardedTo"), <span className="tabular-nums">{formatPhone(call.forwardedTo)}</span>]);
  if (price) rows.push([t("pricePerMinute"), t("perMinute", { price })]);
  rows.push([t("providerCallId"), <span className="font-mono text-xs break-all text-zinc-500">{call.providerCallId}</span>]);

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("details")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="divide-y divide-zinc-100 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 py-2.5 first:pt-0 last:pb-0">
              <dt className="text-zinc-500">{label}</dt>
              <dd className="min-w-0 text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
        {call.voicemailUrl && !played.has(call.voicemailUrl) ? (
          <div className="mt-4">
            <p className="text-sm font-medium text-zinc-900">{t("voicemail")}</p>
            <AudioClip url={call.voicemailUrl} label={t("voicemail")} />
          </div>
        ) : null}
        {call.recordingUrl && !played.has(call.recordingUrl) ? (
          <div className="mt-4">
            <p className="text-sm font-medium text-zinc-900">{t("recording")}</p>
            <AudioClip url={call.recordingUrl} label={t("recording")} />
          </div>
        ) : null}
        <MediaPurgedNote purgedAt={call.mediaPurgedAt} timeZone={zone} />
      </CardContent>
    </Card>
  );
}
