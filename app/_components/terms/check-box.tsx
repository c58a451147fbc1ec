import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { cn } from "@/app/_lib/cn";

/** A native checkbox with its label beside it (the whole line is clickable). */
export function CheckBox({ label, hint, className, ref, ...props }: InputHTMLAttributes<HTMLInputElement> & { label: ReactNode; hint?: ReactNode; ref?: Ref<HTMLInputElement> }) {
  return (
    <label className={cn("flex cursor-pointer items-start gap-2.5 text-sm text-zinc-800 has-disabled:cursor-default", className)}>
      <input
        ref={ref}
        type="checkbox"
        className="mt-0.5 size-4 shrink-0 rounded border-zinc-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        {...props}
      />
      <span className="min-w-0">
        <span className="font-medium">{label}</span>
        {hint ? <span className="block text-zinc-500">{hint}</span> : null}
      </span>
    </label>
  );
}
