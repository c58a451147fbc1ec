"use client";

import { useTranslations } from "next-intl";
import { DownloadIcon } from "@/app/_components/icons";

/** A voicemail or recording: the browser's own player (keyboard and screen-reader friendly) and a download. */
export function AudioClip({ url, label }: { url: string; label: string }) {
  const t = useTranslations("calls.call");
  return (
    <div className="mt-2 flex items-center gap-2 rounded-lg bg-zinc-50 p-2 ring-1 ring-zinc-950/5">
      <audio controls preload="none" src={url} aria-label={label} className="h-9 min-w-0 flex-1">
        {t("audioUnsupported")}
      </audio>
      <a
        href={url}
        download
        className="flex size-9 shrink-0 items-center justify-center rounded-md text-zinc-500 hover:bg-white hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        title={t("download")}
      >
        <DownloadIcon className="size-4" />
        <span className="sr-only">{t("download")}</span>
      </a>
    </div>
  );
}
