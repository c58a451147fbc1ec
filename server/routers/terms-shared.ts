import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Db } from "../db";
import { loadTermsClient, type ClientRef } from "../terms/client-context";
import { permissionsOf, type TermsActor } from "../terms/rules";
import { middleware } from "../trpc/init";

/**
 * A document that fails the checks needing its client (greeting in the client's language, recipients
 * among its contacts) is refused by the service with a ZodError: answer it as bad input with the
 * field errors, like a failed input parse, instead of a server fault.
 */
export const documentErrors = middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof ZodError && result.error.code !== "BAD_REQUEST") {
    result.error = new TRPCError({ code: "BAD_REQUEST", message: "invalidInput", cause: result.error.cause });
  }
  return result;
});

/** What the terms pages show of the client, and what the person may do there. */
export async function termsContext(db: Db, client: ClientRef, actor: TermsActor) {
  const c = await loadTermsClient(db, client);
  return {
    client: { name: c.name, slug: c.slug, locale: c.locale, timezone: c.timezone, contacts: c.contacts },
    can: permissionsOf(actor),
  };
}
