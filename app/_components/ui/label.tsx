import type { LabelHTMLAttributes } from "react";
import { cn } from "@/app/_lib/cn";

export function Label({ className, ...props }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={cn("block text-sm font-medium text-zinc-800", className)} {...props} />;
}
