import Link from "next/link";
import { cn } from "@/app/_lib/cn";

/** The Switchboard mark: two jacks joined by a patch cord. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex shrink-0 items-center justify-center rounded-lg bg-gradient-to-br from-indigo-500 to-indigo-700 text-white shadow-sm ring-1 ring-indigo-700/20",
        className ?? "size-8",
      )}
      aria-hidden="true"
    >
      <svg viewBox="0 0 24 24" fill="none" className="size-[60%]" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round">
        <circle cx="6.5" cy="7" r="2.5" />
        <circle cx="17.5" cy="17" r="2.5" />
        <path d="M6.5 9.5v1.5a4 4 0 0 0 4 4h3a4 4 0 0 1 4 .5" />
      </svg>
    </span>
  );
}

export function Logo({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <Link
      href={href}
      className={cn("inline-flex items-center gap-2 rounded-md font-semibold tracking-tight text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600", className)}
    >
      <LogoMark />
      <span className="text-lg">Switchboard</span>
    </Link>
  );
}
