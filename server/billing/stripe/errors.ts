import { AppError } from "../../lib/app-error";

/**
 * How Stripe failures are judged, from the error objects the `stripe` package throws (pure: no I/O).
 * Retriable = the request may succeed later unchanged: no connection, 429 (rate limit, lock_timeout), 5xx.
 * Anything else (400 invalid_request_error, 401, 403, 404) needs a person and is kept with its message.
 */
type StripeLikeError = { type?: string; statusCode?: number; code?: string; message?: string; raw?: { code?: string; message?: string } };

function asStripe(error: unknown): StripeLikeError {
  return typeof error === "object" && error !== null ? (error as StripeLikeError) : { message: String(error) };
}

export function isRetriableStripeError(error: unknown): boolean {
  const e = asStripe(error);
  if (e.type === "StripeConnectionError" || e.type === "StripeRateLimitError" || e.type === "StripeAPIError") return true;
  if (e.code === "lock_timeout" || e.code === "rate_limit") return true;
  if (typeof e.statusCode === "number") return e.statusCode === 429 || e.statusCode >= 500;
  // Not a Stripe error at all (a socket reset surfacing as a plain Error): try again.
  return !e.type;
}

/**
 * A meter event Stripe already has (same identifier): it was delivered by an earlier attempt whose answer was
 * lost. Stripe's exact code is not documented, so any duplicate-identifier refusal counts.
 */
export function isDuplicateMeterEvent(error: unknown): boolean {
  const e = asStripe(error);
  const code = e.code ?? e.raw?.code ?? "";
  if (code === "duplicate_meter_event") return true;
  const message = (e.message ?? e.raw?.message ?? "").toLowerCase();
  return e.statusCode === 400 && message.includes("identifier") && /(duplicate|already|exists|unique)/.test(message);
}

/** One line for the person reading it (stored in lastError / meterError, shown on the billing page). */
export function stripeErrorText(error: unknown): string {
  const e = asStripe(error);
  const code = e.code ?? e.raw?.code;
  const message = e.message ?? e.raw?.message ?? "Stripe request failed";
  return (code ? `${code}: ${message}` : message).slice(0, 500);
}

/** A Stripe failure shown to the person: the key billing.stripeError with Stripe's own message. */
export function stripeAppError(error: unknown): Error {
  if (error instanceof AppError) return error;
  return new AppError("PRECONDITION_FAILED", "billing.stripeError", { values: { reason: stripeErrorText(error) } });
}
