"use client";

import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "./field-error";
import { Label } from "./label";

type ControlProps = { id?: string; "aria-invalid"?: boolean; "aria-describedby"?: string };

/**
 * A label, its control, a hint and the error, wired together: the label names the control, the hint and
 * the error describe it. Errors may be keys from the shared zod schemas (`validation.*`, translated here)
 * or messages the server already translated.
 */
export function FormField({
  label,
  hint,
  error,
  children,
  labelAside,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactElement<ControlProps>;
  labelAside?: ReactNode;
}) {
  const t = useTranslations();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = error && error.startsWith("validation.") && t.has(error as never) ? t(error as never) : error;
  const describedBy = [hint && !message ? hintId : null, message ? errorId : null].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, { id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy })
    : children;
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {labelAside}
      </div>
      {control}
      {hint && !message ? (
        <p id={hintId} className="mt-1.5 text-sm text-zinc-500">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} message={message} />
    </div>
  );
}
