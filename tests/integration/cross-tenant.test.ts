/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/root";
import { callerAs, expectTrpcError } from "../support/tenants";
import { makeWorld, runCase, type Case, type DomainCases, type World } from "./cross-tenant/world";

/**
 * Every procedure of the app router, and how it refuses a member of another agency and the users of
 * another client. Each domain keeps its cases in tests/integration/cross-tenant/<domain>.cases.ts; a
 * procedure without a case fails the coverage test, so none can ship without one.
 */
const domains = import.meta.glob<{ cases: DomainCases }>("./cross-tenant/*.cases.ts", { eager: true });
const procedures = Object.keys(appRouter._def.procedures).sort();

let world: World;
const cases: Record<string, Case> = {};

beforeAll(async () => {
  world = await makeWorld();
  for (const [file, mod] of Object.entries(domains)) {
    for (const [path, c] of Object.entries(await mod.cases(world))) {
      if (path in cases) throw new Error(`${path} has cases in two files (${file})`);
      cases[path] = c;
    }
  }
}, 60_000);

describe("tenant isolation", () => {
  it("every procedure of the app router has a cross-tenant case, and every case a procedure", () => {
    expect(procedures.filter((p) => !(p in cases))).toEqual([]);
    expect(Object.keys(cases).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  for (const path of procedures) {
    it(`${path} refuses other tenants and changes nothing`, async () => {
      const c = cases[path];
      if (!c) throw new Error(`no cross-tenant case for ${path}`);
      await runCase(world, c);
    });
  }

  it("a signed-out caller is refused with UNAUTHORIZED", async () => {
    await expectTrpcError(callerAs(null).team.members({ agencySlug: world.victim.agency.slug }), "UNAUTHORIZED");
    await expectTrpcError(callerAs(null).agency.mine(), "UNAUTHORIZED");
  });

  it("a session for a user that no longer exists is refused like no session", async () => {
    await expectTrpcError(callerAs("c_deleted_user_id").agency.mine(), "UNAUTHORIZED");
  });
});
