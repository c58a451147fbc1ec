import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { describe, expect, it } from "vitest";
import { nulPaths, refuseNulInput } from "@/server/trpc/nul-input";
import { translate } from "@/server/i18n/messages";

describe("NUL characters in tRPC input", () => {
  it("finds every string or key carrying one, at any depth", () => {
    expect(nulPaths({ a: "ok", b: ["x", "y\0"], c: { d: "\0" }, ["k\0"]: 1, e: new Date(), f: null, g: 3 })).toEqual([["b", 1], ["c", "d"], ["k\0"]]);
    expect(nulPaths("\0")).toEqual([[]]);
    expect(nulPaths(undefined)).toEqual([]);
  });

  it("refuses with BAD_REQUEST whose cause is a real ZodError naming the fields (tRPC keeps only Error causes)", () => {
    expect(() => refuseNulInput({ name: "fine", contacts: [{ name: "ok" }] })).not.toThrow();
    let error: unknown;
    try {
      refuseNulInput({ name: "x\0y", contacts: [{ phone: "\0" }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    const cause = (error as TRPCError).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect((cause as ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", "validation.invalidCharacters"],
      ["contacts.0.phone", "validation.invalidCharacters"],
    ]);
    for (const locale of ["en", "ru"] as const) expect(translate(locale, "validation.invalidCharacters")).toBeTruthy();
  });
});
