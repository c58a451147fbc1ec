"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatPhone } from "@/server/lib/phone";
import type { CallTimelineEntry } from "./call-types";
import { formatDuration } from "./format-duration";

type Text = { title: string; lines: string[] };

/**
 * A timeline entry in words: a title and a few detail lines. Codes from the carrier (queue results, dial
 * and call statuses) are translated when we know them and shown as sent otherwise, so nothing is hidden.
 */
export function useEventText() {
  const t = useTranslations("calls.events");
  const tc = useTranslations("calls");
  const language = useLanguageName();
  const known = (ns: "queueResult" | "dialStatus" | "carrierStatus" | "overflowReason" | "overflowAction" | "routeReason", code?: string) =>
    code === undefined ? "" : tc.has(`${ns}.${code}` as never) ? tc(`${ns}.${code}` as never) : code;
  const phone = (v?: string) => (v ? formatPhone(v) : "—");
  const dur = (s?: number) => formatDuration(s) ?? "—";

  return (e: CallTimelineEntry): Text => {
    const f = e.facts;
    const lines: string[] = [];
    switch (e.type) {
      case "RECEIVED":
        if (f.from || f.to) lines.push(t("RECEIVED_detail", { from: phone(f.from), to: phone(f.to) }));
        if (f.callerName) lines.push(t("callerName", { name: f.callerName }));
        if (f.forwardedFrom) lines.push(t("forwardedFrom", { number: phone(f.forwardedFrom) }));
        if (f.language) lines.push(t("language", { language: language(f.language) }));
        if (f.termsVersionNumber != null) lines.push(t("termsVersion", { number: f.termsVersionNumber }));
        return { title: t("RECEIVED"), lines };
      case "ROUTED": {
        const key = ["QUEUE", "AFTER_HOURS", "OVERFLOW", "PAUSED"].includes(f.route ?? "") ? `ROUTED_${f.route}` : "ROUTED_OTHER";
        if (f.reason) lines.push(t("reason", { reason: known("routeReason", f.reason) }));
        return { title: t(key as never), lines };
      }
      case "MENU_INPUT":
        return { title: f.digits ? t("MENU_INPUT", { digits: f.digits }) : t("MENU_INPUT_none"), lines };
      case "LEFT_QUEUE":
        if (f.result || f.queueSeconds != null) lines.push(t("LEFT_QUEUE_detail", { result: known("queueResult", f.result) || "—", wait: dur(f.queueSeconds) }));
        return { title: t("LEFT_QUEUE"), lines };
      case "OVERFLOW":
        if (f.reason || f.action) lines.push(t("OVERFLOW_detail", { reason: known("overflowReason", f.reason) || "—", action: known("overflowAction", f.action) || "—" }));
        return { title: t("OVERFLOW"), lines };
      case "FORWARDED":
        if (f.dialStatus || f.dialSeconds != null) lines.push(t("FORWARDED_detail", { status: known("dialStatus", f.dialStatus) || "—", duration: dur(f.dialSeconds) }));
        return { title: t("FORWARDED", { to: phone(f.to) }), lines };
      case "VOICEMAIL":
      case "RECORDING":
        if (f.seconds != null) lines.push(t("seconds", { duration: dur(f.seconds) }));
        return { title: e.type === "RECORDING" && f.kind === "voicemail" ? t("RECORDING_voicemail") : t(e.type), lines };
      case "CARRIER_STATUS":
        if (f.durationSeconds != null) lines.push(t("CARRIER_STATUS_detail", { duration: dur(f.durationSeconds) }));
        return { title: t("CARRIER_STATUS", { status: known("carrierStatus", f.status) || "—" }), lines };
      case "OTHER":
        return { title: t("OTHER", { type: e.rawType }), lines };
      default:
        return { title: t(e.type), lines };
    }
  };
}

/** "ru" → "Russian" in the reader's language. */
export function useLanguageName() {
  const locale = useLocale();
  return (code: string) => {
    try {
      return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}
