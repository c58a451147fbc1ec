"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/app/_lib/cn";
import { formatPhone } from "@/server/lib/phone";
import type { ForwardingInstructions as Instructions } from "@/server/numbers/forwarding";

/** How the client's staff forward their line to our number: the codes to dial, and how to check it works. */
export function ForwardingInstructions({ instructions, target, carrier, className }: { instructions: Instructions; target: string; carrier: "TWILIO" | "EMULATOR"; className?: string }) {
  const t = useTranslations("numbers.forwarding");
  return (
    <div className={cn("rounded-lg bg-zinc-50 p-4 text-sm text-zinc-700 ring-1 ring-zinc-200", className)}>
      <p className="font-medium text-zinc-900">{t("title", { number: formatPhone(target) })}</p>
      <p className="mt-1 text-zinc-600">{t(`styles.${instructions.style}`)}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {instructions.codes.map((c) => (
          <div key={c.key} className="contents">
            <dt className="text-zinc-600">{t(`codes.${c.key}`)}</dt>
            <dd>
              <code className="rounded bg-white px-1.5 py-0.5 font-mono text-zinc-900 ring-1 ring-zinc-200 select-all">{c.code}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-zinc-600">{t(carrier === "EMULATOR" ? "verifyEmulator" : "verifyTwilio")}</p>
    </div>
  );
}
