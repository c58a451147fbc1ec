import { AppError } from "../lib/app-error";

/**
 * Turns what the carrier answered (a Twilio RestException from the real package, in both modes) into an
 * error the person can act on. Duck-typed so this domain does not import `twilio`.
 */
type CarrierFailure = { status?: unknown; code?: unknown; message?: unknown };

export async function viaCarrier<T>(call: () => Promise<T>, field?: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const e = (typeof error === "object" && error !== null ? error : {}) as CarrierFailure;
    const detail = typeof e.message === "string" ? e.message.slice(0, 200) : "";
    if (e.status === 404) throw new AppError("NOT_FOUND", "numbers.carrierNotFound", { field });
    if (typeof e.status === "number" && e.status >= 400 && e.status < 500) {
      throw new AppError("BAD_REQUEST", "numbers.carrierRefused", { field, values: { detail } });
    }
    throw new AppError("PRECONDITION_FAILED", "numbers.carrierUnavailable", { values: { detail } });
  }
}
