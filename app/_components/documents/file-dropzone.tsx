"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { cn } from "@/app/_lib/cn";
import { FILE_INPUT_ACCEPT, MAX_FILE_BYTES, signatureType } from "@/server/documents/upload-limits";
import { FileTextIcon, UploadCloudIcon, XIcon } from "../icons";
import { uploadFile, UploadFailed, type UploadedFile } from "./upload-file";
import { useDocumentFormat } from "./use-document-format";

type State = { phase: "idle" } | { phase: "uploading"; name: string; size: number; progress: number; abort: () => void } | { phase: "error"; message: string };
const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;

/**
 * Drop a file or choose one; it is checked here with the server's limits (size, and the PDF/PNG/JPEG
 * signature of its first bytes) and then uploaded with a progress bar. The server checks again.
 */
export function FileDropzone({ uploadFields, onUploaded, compact = false }: { uploadFields: Record<string, string>; onUploaded: (file: UploadedFile) => void; compact?: boolean }) {
  const t = useTranslations("documents.upload");
  const f = useDocumentFormat();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [dragging, setDragging] = useState(false);
  const abortRef = useRef<(() => void) | null>(null);
  useEffect(() => () => abortRef.current?.(), []); // closing the dialog stops an upload in flight

  const send = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) return setState({ phase: "error", message: t("tooLarge", { name: file.name, max: MAX_MB }) });
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    } catch {
      return setState({ phase: "error", message: t("unreadable", { name: file.name }) });
    }
    if (!signatureType(head)) return setState({ phase: "error", message: t("wrongType", { name: file.name }) });
    const upload = uploadFile(file, uploadFields, (progress) => setState((s) => (s.phase === "uploading" ? { ...s, progress } : s)));
    abortRef.current = upload.abort;
    setState({ phase: "uploading", name: file.name, size: file.size, progress: 0, abort: upload.abort });
    try {
      const stored = await upload.promise;
      setState({ phase: "idle" });
      onUploaded(stored);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return setState({ phase: "idle" });
      setState({ phase: "error", message: error instanceof UploadFailed && error.serverMessage ? error.serverMessage : t("networkError") });
    } finally {
      abortRef.current = null;
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file && state.phase !== "uploading") void send(file);
  };

  if (state.phase === "uploading") {
    const percent = Math.round(state.progress * 100);
    return (
      <div className="rounded-lg p-4 ring-1 ring-zinc-200">
        <div className="flex items-center gap-3">
          <FileTextIcon className="size-5 shrink-0 text-indigo-600" />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium text-zinc-900">{t("uploading", { name: state.name })}</p>
            <p className="text-xs text-zinc-500 tabular-nums">
              {f.size(state.size * state.progress)} / {f.size(state.size)}
            </p>
          </div>
          <Button variant="ghost" size="icon" className="size-8 text-zinc-500" onClick={() => state.abort()}>
            <XIcon />
            <span className="sr-only">{t("cancelUpload")}</span>
          </Button>
        </div>
        <div role="progressbar" aria-label={t("progress")} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="mt-3 h-2 overflow-hidden rounded-full bg-zinc-100">
          <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-200" style={{ width: `${percent}%` }} />
        </div>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={cn(
          "flex flex-col items-center justify-center rounded-lg border-2 border-dashed text-center transition-colors",
          compact ? "px-4 py-5" : "px-6 py-10",
          dragging ? "border-indigo-500 bg-indigo-50/60" : "border-zinc-300 bg-zinc-50/50",
        )}
      >
        {compact ? null : <UploadCloudIcon className={cn("mb-3 size-8", dragging ? "text-indigo-600" : "text-zinc-400")} />}
        <p className="text-sm font-medium text-zinc-900">{t("drop")}</p>
        <p className="my-2 text-xs text-zinc-500">{t("or")}</p>
        <Button variant="secondary" size="sm" onClick={() => input.current?.click()} data-autofocus>
          {t("choose")}
        </Button>
        <p className="mt-3 text-xs text-zinc-500">{t("limits", { max: MAX_MB })}</p>
        <input
          ref={input}
          type="file"
          accept={FILE_INPUT_ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // choosing the same file again after an error must fire again
            if (file) void send(file);
          }}
        />
      </div>
      {state.phase === "error" ? <Alert>{state.message}</Alert> : null}
    </div>
  );
}

/** The uploaded file, shown above the details form. */
export function UploadedFileChip({ file, onReplace, replaceLabel }: { file: { filename: string; size: number }; onReplace?: () => void; replaceLabel?: string }) {
  const f = useDocumentFormat();
  return (
    <div className="flex items-center gap-3 rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200">
      <FileTextIcon className="size-5 shrink-0 text-indigo-600" />
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium text-zinc-900">{file.filename}</p>
        <p className="text-xs text-zinc-500">{f.size(file.size)}</p>
      </div>
      {onReplace ? (
        <Button variant="link" className="text-sm" onClick={onReplace}>
          {replaceLabel}
        </Button>
      ) : null}
    </div>
  );
}
