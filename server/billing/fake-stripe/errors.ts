/** Stripe's error shape `{ error: { type, code, message, param } }`, thrown by handlers and sent with its status. */
export type StripeErrorType = "invalid_request_error" | "api_error" | "idempotency_error" | "authentication_error" | "permission_error" | "rate_limit_error" | "card_error";

export class StripeFail extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
  ) {
    super(message);
  }

  body(requestId: string) {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}`,
      },
    };
  }
}

export const invalid = (message: string, param?: string, code = param ? "parameter_invalid" : undefined) =>
  new StripeFail(400, "invalid_request_error", message, code, param);

export const missingParam = (param: string) =>
  new StripeFail(400, "invalid_request_error", `Missing required param: ${param}.`, "parameter_missing", param);

/** What Stripe answers for an id that does not exist on the account the request is scoped to. */
export const noSuch = (kind: string, id: string, param = "id") =>
  new StripeFail(404, "invalid_request_error", `No such ${kind}: '${id}'`, "resource_missing", param);
