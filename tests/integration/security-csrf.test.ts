import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as upload } from "@/app/api/files/upload/route";
import { POST as trpcPost } from "@/app/api/trpc/[trpc]/route";
import { authOptions } from "@/server/auth";
import { makeTenant, tenantSnapshot } from "../support/tenants";

describe("CSRF on cookie-authenticated POSTs", () => {
  it("refuses a cross-site tRPC mutation with 403 JSON before any procedure runs", async () => {
    const t = await makeTenant("csrf");
    const before = await tenantSnapshot(t.agency.id);
    const forged: Record<string, string>[] = [{ "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "https://evil.example" }];
    for (const headers of forged) {
      const res = await trpcPost(
        new Request("http://localhost:3999/api/trpc/team.invite", {
          method: "POST",
          headers: { ...headers, "content-type": "application/json", cookie: "next-auth.session-token=whatever" },
          body: JSON.stringify({ agencySlug: t.agency.slug, email: "victim@example.test", role: "ADMIN" }),
        }),
      );
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
  });

  it("refuses a cross-site file upload", async () => {
    const form = new FormData();
    form.set("file", new Blob(["%PDF-1.4"], { type: "application/pdf" }), "x.pdf");
    const res = await upload(new Request("http://localhost:3999/api/files/upload", { method: "POST", headers: { origin: "https://evil.example" }, body: form }));
    expect(res.status).toBe(403);
  });
});

describe("session cookie", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is httpOnly and SameSite=Lax, not Secure over plain http", () => {
    const cookie = authOptions().cookies!.sessionToken!;
    expect(cookie.name).toBe("next-auth.session-token");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: false });
  });

  it("is Secure with the __Secure- prefix when PUBLIC_URL is https (whatever scheme the proxy in front hands us)", async () => {
    vi.stubEnv("PUBLIC_URL", "https://switchboard.example.com");
    vi.resetModules();
    const fresh = await import("@/server/auth");
    const options = fresh.authOptions();
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies!.sessionToken).toMatchObject({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", secure: true } });
  });
});
