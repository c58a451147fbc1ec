import type { ReactNode } from "react";
import { cn } from "@/app/_lib/cn";
import { AlertCircleIcon, CheckCircleIcon } from "../icons";

/** A message inside a page or form; errors are announced by screen readers when they appear. */
export function Alert({
  tone = "error",
  title,
  children,
  className,
}: {
  tone?: "error" | "info" | "success" | "warning";
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const styles = {
    error: "bg-red-50 text-red-800 ring-red-600/15",
    info: "bg-indigo-50 text-indigo-900 ring-indigo-600/15",
    success: "bg-emerald-50 text-emerald-900 ring-emerald-600/20",
    warning: "bg-amber-50 text-amber-900 ring-amber-600/20",
  }[tone];
  const Icon = tone === "success" ? CheckCircleIcon : AlertCircleIcon;
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("flex gap-3 rounded-lg p-3 text-sm ring-1 ring-inset", styles, className)}>
      <Icon className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className={title ? "mt-0.5 opacity-90" : undefined}>{children}</div> : null}
      </div>
    </div>
  );
}
