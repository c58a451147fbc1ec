import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

type ErrorData = { fieldErrors?: Record<string, string>; code?: string } | undefined;

/** The server's message, already translated to the person's language. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof TRPCClientError && error.message ? error.message : fallback;
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as ErrorData)?.code : undefined;
}

/**
 * Puts the server's field errors next to the form's fields. Returns the message to show above the form
 * when some error has no field of its own to sit next to, else null.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  fallback: string,
): string | null {
  const fieldErrors = error instanceof TRPCClientError ? (error.data as ErrorData)?.fieldErrors : undefined;
  let unplaced = !fieldErrors || Object.keys(fieldErrors).length === 0;
  let focused = false;
  for (const [field, message] of Object.entries(fieldErrors ?? {})) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as Path<T>, { type: "server", message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unplaced = true;
    }
  }
  return unplaced ? errorMessage(error, fallback) : null;
}
