import type { ReactNode } from "react";
import { cn } from "@/app/_lib/cn";

/** A key as printed on the keyboard, next to the action it triggers. */
export function Kbd({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <kbd
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-current/25 px-1 font-sans text-[11px] leading-none font-medium opacity-80",
        className,
      )}
    >
      {children}
    </kbd>
  );
}
