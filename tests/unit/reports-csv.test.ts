import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvRow, csvStream, localDateTime } from "@/server/reports/csv";
import { firstName, formAnswers } from "@/server/reports/portal-call";

describe("csv", () => {
  it("quotes what needs quoting and defuses formulas, but keeps phone numbers", () => {
    expect(csvCell('Say "hi", please')).toBe('"Say ""hi"", please"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("+79161234567")).toBe("+79161234567");
    expect(csvCell(null)).toBe("");
    expect(csvRow(["a", 1, "Анна"])).toBe("a,1,Анна\r\n");
  });

  it("writes local time in the zone, across a DST change", () => {
    expect(localDateTime(new Date("2026-03-29T00:30:00Z"), "Europe/Berlin")).toBe("2026-03-29 01:30:00");
    expect(localDateTime(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toBe("2026-03-29 03:30:00");
  });

  it("streams the BOM and header, then each page until the cursor runs out", async () => {
    const pages = [[["1"], ["2"]], [["3"]]];
    const stream = csvStream<number>(["n"], async (cursor) => {
      const i = cursor ?? 0;
      return { rows: pages[i] ?? [], cursor: i + 1 < pages.length ? i + 1 : null };
    });
    const text = await new Response(stream).text();
    expect(text).toBe(`${BOM}n\r\n1\r\n2\r\n3\r\n`.replace(BOM, "")); // Response.text() drops the BOM
    const bytes = new Uint8Array(await new Response(csvStream<number>(["n"], async () => ({ rows: [], cursor: null }))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("portal call", () => {
  it("shows a first name only", () => {
    expect(firstName("Anna  Petrova")).toBe("Anna");
    expect(firstName("  ")).toBeNull();
    expect(firstName(null)).toBeNull();
  });

  it("labels answers in the form's order and keeps keys the form no longer has", () => {
    const fields = [{ key: "name", label: "Name" }, { key: "urgent", label: "Urgent" }];
    expect(formAnswers({ old: "x", urgent: true, name: "Ivan", skip: { a: 1 } }, fields)).toEqual([
      { key: "name", label: "Name", value: "Ivan" },
      { key: "urgent", label: "Urgent", value: true },
      { key: "old", label: "old", value: "x" },
    ]);
    expect(formAnswers(null, fields)).toEqual([]);
  });
});
