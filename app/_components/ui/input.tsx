import type { InputHTMLAttributes, Ref } from "react";
import { cn } from "@/app/_lib/cn";

export const controlClass =
  "block w-full rounded-md border-0 bg-white px-3 text-sm text-zinc-900 shadow-xs ring-1 ring-inset ring-zinc-300 " +
  "placeholder:text-zinc-400 focus:outline-2 focus:-outline-offset-1 focus:outline-indigo-600 " +
  "disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 " +
  "aria-invalid:ring-red-400 aria-invalid:focus:outline-red-600";

export function Input({ className, ref, ...props }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} className={cn(controlClass, "h-9 read-only:bg-zinc-50 read-only:text-zinc-600", className)} {...props} />;
}
