import fc from "fast-check";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { storageKeyFor } from "@/server/documents/file-scope";
import { AppError } from "@/server/lib/app-error";
import { emptyTermsDocument } from "@/server/terms/template";
import { createDraft } from "@/server/terms/versions";
import { validPlanInput } from "@/tests/integration/cross-tenant/billing.cases";
import { clientInput } from "@/tests/support/clients";
import { hotlineInput } from "@/tests/support/hotline-input";
import { makeTenant, tenantSnapshot, uid, type Caller, type Tenant } from "@/tests/support/tenants";

/**
 * The main forms' procedures fed hostile input: a valid form with fields replaced by anything (wrong types,
 * NUL characters, huge strings, nested junk) or removed, and arbitrary objects. A refused call is a
 * BAD_REQUEST naming the fields at fault, and none of the agency's rows move; a call that succeeds is one
 * the schema accepted (a mutation can land on another valid value).
 */

const RUNS = Number(process.env.ADV_RUNS ?? 30);

type Form = { name: string; valid: () => Record<string, unknown> | Promise<Record<string, unknown>>; call: (c: Caller, input: Record<string, unknown>) => Promise<unknown>; keep?: string[] };

/** Anything a hostile client can put in a JSON field (superjson also carries dates and undefined). */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("x\0y", "\0", " ", "", "a".repeat(20_000), "<script>alert(1)</script>", "' OR 1=1 --", "0", "-1", "1e309", "NaN", "2026-02-30", "Europe/Nowhere"),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, -1, 0, Number.MAX_SAFE_INTEGER, 1e308, Number.NaN),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** Every path into a value (objects and arrays), so nested form fields get attacked too. */
function paths(value: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 4 || value === null || typeof value !== "object" || value instanceof Date) return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k], depth + 1)]);
}

function mutate(input: Record<string, unknown>, path: (string | number)[], value: unknown, remove: boolean) {
  const copy = structuredClone(input);
  let node = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** The field messages the error formatter would send, or null when the error carries none. */
function fieldErrors(error: TRPCError): Record<string, string> | null {
  const cause = error.cause;
  if (cause instanceof ZodError) return Object.fromEntries(cause.issues.map((i) => [i.path.join(".") || "_", i.message]));
  if (cause instanceof AppError && cause.options.field) return { [cause.options.field]: cause.key };
  return null;
}

let t: Tenant;
let forms: Form[];
beforeAll(async () => {
  t = await makeTenant("adv-forms");
  const agencySlug = t.agency.slug;
  const admin = t.as("ADMIN");
  const client = await admin.client.create({ agencySlug, ...clientInput() });
  const s = { agencySlug, clientSlug: client.slug };
  const hotline = await admin.hotline.create({ ...s, ...hotlineInput() });
  const hotlineId = hotline.id;
  await createDraft(db, { id: client.id, agencyId: t.agency.id }, { side: "agency", userId: t.users.OWNER.id, role: "OWNER", name: "Owner" });
  // A fresh uploaded file per attempt: an accepted document takes its file.
  const file = () =>
    db.storedFile.create({
      data: { agencyId: t.agency.id, storageKey: storageKeyFor({ agencyId: t.agency.id, clientId: client.id }, `adv-${uid()}`), filename: "c.pdf", contentType: "application/pdf", size: 10, sha256: "0".repeat(64) },
    });
  const doc = { kind: "CONTRACT", title: "Service contract", number: "42", issuer: "", validFrom: "2026-01-01", validUntil: "2027-01-01" };
  forms = [
    { name: "client.create", valid: () => clientInput() as Record<string, unknown>, call: (c, i) => c.client.create({ agencySlug, ...i } as never) },
    { name: "client.update", valid: () => clientInput() as Record<string, unknown>, call: (c, i) => c.client.update({ ...s, ...i } as never) },
    { name: "hotline.update", valid: () => hotlineInput() as Record<string, unknown>, call: (c, i) => c.hotline.update({ ...s, hotlineId, ...i } as never) },
    { name: "billing.client.savePlan", valid: () => validPlanInput() as Record<string, unknown>, call: (c, i) => c.billing.client.savePlan({ ...s, ...i } as never) },
    { name: "terms.saveDraft", valid: () => ({ number: 1, document: emptyTermsDocument("ru", { hotlineName: "Main" }) }), call: (c, i) => c.terms.saveDraft({ ...s, ...i } as never), keep: ["number"] },
    { name: "document.createForClient", valid: async () => ({ ...doc, fileId: (await file()).id }), call: (c, i) => c.document.createForClient({ ...s, ...i } as never), keep: ["fileId"] },
    { name: "team.invite", valid: () => ({ email: `new-${uid()}@example.test`, role: "OPERATOR" }), call: (c, i) => c.team.invite({ agencySlug, ...i } as never) },
    { name: "client.inviteUser", valid: () => ({ email: `user-${uid()}@example.test`, role: "CLIENT_USER" }), call: (c, i) => c.client.inviteUser({ ...s, ...i } as never) },
  ];
});

/** Calls once; a refusal must be BAD_REQUEST with field messages and leave the agency as it was. */
async function expectRefusedOrValid(form: Form, input: Record<string, unknown>) {
  const before = await tenantSnapshot(t.agency.id);
  const error = await form.call(t.as("ADMIN"), input).then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return "accepted";
  const label = `${form.name} ${JSON.stringify(input, (_k, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 20)}…(${v.length})` : v)).slice(0, 400)}`;
  expect(error, label).toBeInstanceOf(TRPCError);
  const e = error as TRPCError;
  // Too many invitations in an hour is a refusal too (the per-agency limit).
  if (e.code === "TOO_MANY_REQUESTS") return "refused";
  expect(e.code, `${label}: ${e.message} ${String((e.cause as Error | undefined)?.message).slice(0, 300)}`).toBe("BAD_REQUEST");
  const fields = fieldErrors(e);
  expect(fields, `${label}: no field messages`).not.toBeNull();
  for (const message of Object.values(fields!)) expect(message.length).toBeGreaterThan(0);
  expect(await tenantSnapshot(t.agency.id), `${label}: rows changed`).toEqual(before);
  return "refused";
}

describe("form procedures under hostile input", () => {
  it("a valid form with fields replaced or removed is refused field by field, or accepted as valid", { timeout: 180_000 }, async () => {
    for (const form of forms) {
      const valid = await form.valid();
      const targets = paths(valid).filter((p) => !(form.keep ?? []).includes(String(p[0])));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...targets), hostile, fc.boolean()), { minLength: 1, maxLength: 3 }), async (changes) => {
          let input = await form.valid();
          for (const [path, value, remove] of changes) {
            try {
              input = mutate(input, path, value, remove);
            } catch {
              // An earlier change replaced a parent of this path: nothing left to change here.
            }
          }
          await expectRefusedOrValid(form, input);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it("arbitrary objects are refused with BAD_REQUEST and change nothing", { timeout: 120_000 }, async () => {
    for (const form of forms) {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.string({ maxLength: 10 }).filter((k) => !["agencySlug", "clientSlug", "hotlineId"].includes(k)), hostile, { maxKeys: 5 }), async (input) => {
          expect(await expectRefusedOrValid(form, input)).toBe("refused");
        }),
        { numRuns: 10 },
      );
    }
  });
});
