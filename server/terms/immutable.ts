import { AppError } from "../lib/app-error";

/**
 * The database refuses any change to an APPROVED or SUPERSEDED version (the trigger
 * "TermsVersion_immutable" raises P0001), whatever code path tries. Prisma wraps the raise; this finds it.
 */
export function isApprovedImmutableError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { code?: string; originalCode?: string; message?: string } } } }).meta;
  const cause = meta?.driverAdapterError?.cause;
  if (cause) return (cause.originalCode ?? cause.code) === "P0001" && /^terms version .* (approved|superseded)/.test(cause.message ?? "");
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && message.includes("P0001") && /terms version .* (approved|superseded)/.test(message);
}

/** Runs a write and turns the trigger's refusal into the CONFLICT a person understands. */
export async function guardImmutable<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isApprovedImmutableError(error)) throw new AppError("CONFLICT", "approvedImmutable");
    throw error;
  }
}
