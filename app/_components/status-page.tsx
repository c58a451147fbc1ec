import type { ReactNode } from "react";
import { LogoMark } from "./logo";

/** The calm full-page message used by 404 and error pages. */
export function StatusPage({ code, title, description, actions }: { code?: string; title: string; description: string; actions: ReactNode }) {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-6 py-16 text-center">
      <LogoMark className="size-10" />
      {code ? <p className="mt-8 text-sm font-semibold text-indigo-600">{code}</p> : null}
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-zinc-900 sm:text-3xl">{title}</h1>
      <p className="mt-3 max-w-md text-base text-zinc-500">{description}</p>
      <div className="mt-8 flex flex-wrap items-center justify-center gap-3">{actions}</div>
    </main>
  );
}
