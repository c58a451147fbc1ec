import type { Ref, TextareaHTMLAttributes } from "react";
import { controlClass } from "@/app/_components/ui/input";
import { cn } from "@/app/_lib/cn";

/** A multi-line input styled like our inputs (what the operator says, rules, answers). */
export function TextArea({ className, ref, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea ref={ref} rows={3} className={cn(controlClass, "min-h-20 resize-y py-2 leading-relaxed disabled:text-zinc-700", className)} {...props} />;
}
