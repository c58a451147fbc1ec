import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "@/app/_lib/cn";
import { ChevronDownIcon } from "../icons";
import { controlClass } from "./input";

/** A native select (keyboard, screen readers and phones handle it well) styled like our inputs. */
export function Select({
  className,
  wrapperClassName,
  ref,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { wrapperClassName?: string; ref?: Ref<HTMLSelectElement> }) {
  return (
    <div className={cn("relative", wrapperClassName)}>
      <select ref={ref} className={cn(controlClass, "h-9 appearance-none pr-9", className)} {...props}>
        {children}
      </select>
      <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-zinc-500" />
    </div>
  );
}
