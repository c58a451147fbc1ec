import { describe, expect, it } from "vitest";
import { lockedUntil } from "@/server/auth/lockout";

const at = (min: number) => new Date(Date.UTC(2026, 10, 25, 12, 0) + min * 60_000);
/** Failures at the given minutes, newest first as the database returns them. */
const failures = (...mins: number[]) => mins.map(at).sort((a, b) => b.getTime() - a.getTime());

describe("sign-in lockout", () => {
  it("nine failures do not lock", () => {
    expect(lockedUntil(failures(0, 1, 2, 3, 4, 5, 6, 7, 8), at(9))).toBeNull();
  });
  it("ten failures within 15 minutes lock for 15 minutes from the tenth", () => {
    const f = failures(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    expect(lockedUntil(f, at(9))?.toISOString()).toBe(at(24).toISOString());
    expect(lockedUntil(f, at(23.9))).not.toBeNull();
    expect(lockedUntil(f, at(24))).toBeNull();
  });
  it("ten failures spread over more than 15 minutes do not lock", () => {
    expect(lockedUntil(failures(0, 2, 4, 6, 8, 10, 12, 14, 15.5, 16), at(16))).toBeNull();
  });
});
