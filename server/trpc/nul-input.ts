import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * PostgreSQL text cannot hold U+0000: a NUL anywhere in a string the schemas let through (a client's name,
 * a search) reached the database and failed as a 500. No form can type one, so any input carrying one is
 * refused up front as bad input, naming the fields, before a procedure or its schema runs.
 */
export function nulPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  if (out.length >= 20 || depth > 32) return out;
  if (typeof value === "string") {
    if (value.includes("\0")) out.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulPaths(v, [...path, i], out, depth + 1));
  } else if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes("\0")) out.push([...path, k]);
      else nulPaths(v, [...path, k], out, depth + 1);
    }
  }
  return out;
}

// Built by parsing, not with `new ZodError(...)`: zod 4's constructed errors are not `instanceof Error`, and
// tRPC would then wrap the cause and lose the field errors.
const noNul = z.unknown().superRefine((value, ctx) => {
  for (const path of nulPaths(value)) ctx.addIssue({ code: "custom", path, message: "validation.invalidCharacters" });
});

export function refuseNulInput(raw: unknown): void {
  const result = noNul.safeParse(raw);
  if (!result.success) throw new TRPCError({ code: "BAD_REQUEST", message: "invalidInput", cause: result.error });
}
