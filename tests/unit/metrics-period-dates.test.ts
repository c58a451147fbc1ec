import { describe, expect, it } from "vitest";
import { anyZoneDates, periodDates, PERIOD_KEYS, resolvePeriod } from "@/server/metrics/periods";

/** The dashboard fetches a client's day rows before it knows the client's zone (one round trip): the dates it asks
 *  for must hold the period and the one before in every zone, whatever the instant. */
describe("anyZoneDates", () => {
  const zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Asia/Kolkata", "Europe/Moscow", "America/Chicago", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"];
  // Instants around month, week and year edges and DST changes, in UTC.
  const instants = ["2026-01-01T00:30:00Z", "2025-12-31T10:15:00Z", "2026-03-01T11:59:00Z", "2026-03-08T08:00:00Z", "2026-10-25T00:59:00Z", "2026-11-30T23:30:00Z", "2026-06-15T12:00:00Z"].map((s) => new Date(s));

  it("holds the previous and current period of every zone, for every period key", () => {
    for (const now of instants) {
      for (const key of PERIOD_KEYS) {
        const custom = key === "custom" ? { from: "2026-02-27", to: "2026-03-02" } : undefined;
        const bounds = anyZoneDates(key, now, custom);
        for (const zone of zones) {
          const d = periodDates(resolvePeriod(key, zone, now, custom), zone);
          expect(d.previousFrom >= bounds.from && d.to <= bounds.to, `${key} ${zone} ${now.toISOString()}: ${JSON.stringify(d)} in ${JSON.stringify(bounds)}`).toBe(true);
        }
      }
    }
  });

  it("asks for a couple of days more at most, and exactly the custom dates", () => {
    const now = new Date("2026-06-15T12:00:00Z");
    expect(anyZoneDates("lastMonth", now)).toEqual({ from: "2026-04-01", to: "2026-06-01" });
    expect(anyZoneDates("today", now)).toEqual({ from: "2026-06-14", to: "2026-06-17" });
    expect(anyZoneDates("custom", now, { from: "2026-02-27", to: "2026-03-02" })).toEqual({ from: "2026-02-23", to: "2026-03-03" });
  });
});
