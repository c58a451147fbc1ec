import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { translate } from "../i18n/messages";
import { AppError, isUniqueViolation } from "../lib/app-error";
import { logger } from "../logger";
import { refuseNulInput } from "./nul-input";
import type { Context } from "./context";

/** Field errors as translated messages, keyed by the form field they belong to. */
function fieldErrorsOf(error: ZodError, locale: Context["locale"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_";
    out[field] ??= translate(locale, issue.message) ?? issue.message;
  }
  return out;
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? "en";
    const cause = error.cause;
    let fieldErrors: Record<string, string> | undefined;
    let message = shape.message;
    if (cause instanceof ZodError) {
      fieldErrors = fieldErrorsOf(cause, locale);
      message = translate(locale, "errors.invalidInput") ?? "Invalid input";
    } else if (cause instanceof AppError) {
      message = translate(locale, `errors.${cause.key}`, cause.options.values) ?? cause.key;
      if (cause.options.field) fieldErrors = { [cause.options.field]: message };
    } else if (error.code === "INTERNAL_SERVER_ERROR") {
      message = translate(locale, "errors.internal") ?? "Something went wrong";
    } else {
      message = translate(locale, `errors.${shape.message}`) ?? shape.message;
    }
    return { ...shape, message, data: { ...shape.data, stack: undefined, fieldErrors } };
  },
});

/** Turns service errors into tRPC errors once, so services never import tRPC. */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      result.error = new TRPCError({ code: cause.code, message: cause.key, cause });
    } else if (isUniqueViolation(cause)) {
      const conflict = new AppError("CONFLICT", "conflict");
      result.error = new TRPCError({ code: "CONFLICT", message: "conflict", cause: conflict });
    } else if (result.error.code === "INTERNAL_SERVER_ERROR") {
      logger.error({ err: cause ?? result.error }, "unexpected error in procedure");
    }
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;
/** Refuses input carrying a NUL character before any schema or procedure runs (see nul-input.ts). */
const nulInput = t.middleware(async ({ getRawInput, next }) => {
  refuseNulInput(await getRawInput());
  return next();
});

export const baseProcedure = t.procedure.use(errorMapping).use(nulInput);
