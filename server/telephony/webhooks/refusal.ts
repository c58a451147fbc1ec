/**
 * A webhook we answer with an error status and a plain-text reason. `record` keeps the request as a
 * TelephonyRejection (a signed request we could not attach to a call or number), never for an unsigned one.
 */
export class WebhookRefusal extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413,
    readonly reason: string,
    readonly record: { agencyId?: string | null } | null = null,
  ) {
    super(reason);
  }
}
