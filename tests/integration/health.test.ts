import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/server/generated/prisma/client";
import { GET } from "@/app/api/health/route";
import { checkHealth } from "@/server/health";

describe("GET /api/health", () => {
  it("answers 200 with the database up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: "up" });
  });

  it("reports the database down when it does not answer", async () => {
    const dead = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgres://x:y@127.0.0.1:9/none", connectionTimeoutMillis: 500 }) });
    const health = await checkHealth(dead, 1500);
    expect(health).toMatchObject({ ok: false, database: "down" });
    await dead.$disconnect();
  });
});
