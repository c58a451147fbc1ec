/**
 * Errors a service raises on purpose. The tRPC layer maps `code` to a tRPC code once (server/trpc/init.ts);
 * `message` is a key in messages/*.json under `errors.` so the person reads it in their language, and
 * `field` lets a form show it next to the input it is about.
 */
export type AppErrorCode = "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "PRECONDITION_FAILED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly key: string,
    readonly options: { field?: string; values?: Record<string, string | number> } = {},
  ) {
    super(key);
    this.name = "AppError";
  }
}

/** Prisma's unique-constraint violation, whichever driver adapter raised it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
