/**
 * Outbox kinds of message delivery (call summaries by e-mail or SMS, escalations): each handler gets the
 * payload stored with the event and must be idempotent (delivery is at-least-once).
 */
export const messageOutboxHandlers = {} satisfies Record<string, (payload: never, eventId: string) => Promise<void>>;
