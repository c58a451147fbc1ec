import { describe, expect, it } from "vitest";
import { forwardingInstructions } from "@/server/numbers/forwarding";
import { kindOfNumber } from "@/server/numbers/number-kind";
import { attachNumberSchema, forwardedLineSchema, numberSearchSchema } from "@/server/numbers/numbers.schema";

describe("number kind", () => {
  it("reads toll-free prefixes of Russia and the NANP, everything else is local", () => {
    expect(kindOfNumber("+78005550100")).toBe("TOLL_FREE");
    expect(kindOfNumber("+18885550199")).toBe("TOLL_FREE");
    expect(kindOfNumber("+74955550101")).toBe("LOCAL");
    expect(kindOfNumber("+12125550142")).toBe("LOCAL");
  });
});

describe("forwarding instructions", () => {
  it("gives Russian lines the GSM codes with our number in E.164, and a way to cancel", () => {
    const r = forwardingInstructions("RU", "+74955550101");
    expect(r.style).toBe("gsm");
    expect(r.codes).toContainEqual({ key: "always", code: "*21*+74955550101#" });
    expect(r.codes).toContainEqual({ key: "cancel", code: "##21#" });
  });
  it("gives US lines *72 with the national number and *73 to cancel", () => {
    expect(forwardingInstructions("US", "+18005550199").codes).toEqual([
      { key: "always", code: "*728005550199" },
      { key: "cancel", code: "*73" },
    ]);
  });
});

describe("number forms", () => {
  it("puts each problem at its field", () => {
    const r = forwardedLineSchema.safeParse({ phone: "12", country: "RU", forwardsToId: "", friendlyName: "" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([["forwardsToId", "validation.numbers.targetRequired"]]),
    );
    expect(forwardedLineSchema.safeParse({ phone: "8 (495) 765-43-21", country: "RU", forwardsToId: "n1", friendlyName: "" }).success).toBe(true);
    expect(forwardedLineSchema.safeParse({ phone: "765-43-21", country: "RU", forwardsToId: "n1", friendlyName: "" }).error?.issues[0]).toMatchObject({
      path: ["phone"],
      message: "validation.numbers.phoneInvalid",
    });
    expect(attachNumberSchema.safeParse({ sid: "PN123", friendlyName: "" }).error?.issues[0]?.message).toBe("validation.numbers.sidInvalid");
    expect(numberSearchSchema.safeParse({ country: "RU", kind: "LOCAL", contains: "55a" }).error?.issues[0]?.message).toBe("validation.numbers.containsInvalid");
  });
});
