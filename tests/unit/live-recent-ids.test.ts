import { describe, expect, it } from "vitest";
import { RecentIds } from "@/server/live/recent-ids";
import { resumeIdFrom } from "@/server/live/sse";

describe("RecentIds", () => {
  it("refuses an id it already sent, and forgets ids older than its window", () => {
    let now = 0;
    const recent = new RecentIds(1000, () => now);
    expect(recent.add(5n)).toBe(true);
    expect(recent.add(5n)).toBe(false);
    now = 2000;
    expect(recent.add(6n)).toBe(true); // prunes 5
    expect(recent.size).toBe(1);
  });
});

describe("resumeIdFrom", () => {
  it("prefers the Last-Event-ID header, accepts the query, ignores junk", () => {
    expect(resumeIdFrom("42", "7")).toBe(42n);
    expect(resumeIdFrom(null, "7")).toBe(7n);
    expect(resumeIdFrom("abc", null)).toBeNull();
    expect(resumeIdFrom(null, null)).toBeNull();
  });
});
