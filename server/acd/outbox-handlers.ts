/**
 * Outbox kinds of the call control (redirect a queued call to an operator, end a call, transfer): each
 * handler gets the payload stored with the event and must be idempotent (delivery is at-least-once).
 */
export const telephonyOutboxHandlers = {} satisfies Record<string, (payload: never, eventId: string) => Promise<void>>;
