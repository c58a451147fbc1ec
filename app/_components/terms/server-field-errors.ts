import { TRPCClientError } from "@trpc/client";

/**
 * Puts the server's field errors on the document form: paths arrive as "document.form.fields.3.key" and
 * the form's fields are the document itself. Returns whether any error found its field.
 */
export function serverFieldErrors(error: unknown, place: (path: string, message: string) => void): boolean {
  const fieldErrors = error instanceof TRPCClientError ? (error.data as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors : undefined;
  let placed = false;
  for (const [path, message] of Object.entries(fieldErrors ?? {})) {
    if (!path.startsWith("document.")) continue;
    place(path.slice("document.".length), message);
    placed = true;
  }
  return placed;
}
