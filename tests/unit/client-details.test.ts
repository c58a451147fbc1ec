import { describe, expect, it } from "vitest";
import { clientFieldsSchema } from "@/server/clients/clients.schema";
import { defaultCurrencyFor, isCurrencyCode } from "@/server/clients/currency";
import { COUNTRIES } from "@/server/clients/countries";
import { toE164 } from "@/server/lib/phone";
import { canonicalTimeZone } from "@/server/clients/time-zone";

const base = { name: "Aurora Dental", legalName: "", taxId: "", country: "RU", timezone: "Europe/Moscow", locale: "ru" as const, currency: "", contacts: [] };
const issues = (input: unknown) => {
  const r = clientFieldsSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("currency from the country", () => {
  it.each([
    ["RU", "RUB"], ["US", "USD"], ["DE", "EUR"], ["FR", "EUR"], ["GB", "GBP"], ["KZ", "KZT"], ["BY", "BYN"], ["AM", "AMD"], ["CH", "CHF"], ["AQ", "USD"],
  ])("%s -> %s", (country, currency) => expect(defaultCurrencyFor(country)).toBe(currency));

  it("proposes a currency in use for every country", () => {
    for (const c of COUNTRIES) expect(isCurrencyCode(defaultCurrencyFor(c)), c).toBe(true);
  });

  it("fills the currency from the country when none is chosen, and keeps a chosen one", () => {
    expect(clientFieldsSchema.parse({ ...base, country: "kz" })).toMatchObject({ country: "KZ", currency: "KZT" });
    expect(clientFieldsSchema.parse({ ...base, country: "RU", currency: "usd" })).toMatchObject({ currency: "USD" });
    expect(issues({ ...base, currency: "XYZ" })).toEqual({ currency: "validation.clients.currency" });
  });
});

describe("phones", () => {
  it("reads a number without a country code in the client's country", () => {
    expect(toE164("8 (912) 345-67-89", "RU")).toBe("+79123456789");
    expect(toE164("(312) 555-0100", "US")).toBe("+13125550100");
    expect(toE164("020 7946 0958", "GB")).toBe("+442079460958");
  });
  it("keeps an international number whatever the client's country", () => {
    expect(toE164("+1 312 555 0100", "RU")).toBe("+13125550100");
  });
  it("refuses what is not a phone number", () => {
    for (const raw of ["12345", "call me", "+7 912", ""]) expect(toE164(raw, "RU"), raw).toBeNull();
  });
});

describe("client details", () => {
  it("normalises contacts: phones in E.164 with the client's country as default region, e-mails lower case, blanks as null", () => {
    const parsed = clientFieldsSchema.parse({
      ...base,
      legalName: "  ООО «Аврора»  ",
      taxId: "7707 083893",
      contacts: [
        { name: "Irina", role: "Office manager", email: "Irina@Aurora.test", phone: "8 912 345 67 89" },
        { name: "Desk", role: "", email: "", phone: "+1 (312) 555-0100" },
      ],
    });
    expect(parsed).toMatchObject({ legalName: "ООО «Аврора»", taxId: "7707083893", currency: "RUB" });
    expect(parsed.contacts).toEqual([
      { id: undefined, name: "Irina", role: "Office manager", email: "irina@aurora.test", phone: "+79123456789" },
      { id: undefined, name: "Desk", role: null, email: null, phone: "+13125550100" },
    ]);
  });

  it("says which contact's phone is wrong, together with the other field errors", () => {
    expect(issues({ ...base, name: "", contacts: [{ name: "A", role: "", email: "a@b.test", phone: "+7 912 345 67 89" }, { name: "B", role: "", email: "", phone: "12" }] })).toEqual({
      name: "validation.clients.nameTooShort",
      "contacts.1.phone": "validation.clients.phone",
    });
  });

  it("wants an e-mail or a phone for each contact", () => {
    expect(issues({ ...base, contacts: [{ name: "Nobody", role: "", email: "", phone: "" }] })).toEqual({ "contacts.0.email": "validation.clients.contactUnreachable" });
  });

  it("checks the tax id as an INN only for Russian clients", () => {
    expect(issues({ ...base, taxId: "7707083894" })).toEqual({ taxId: "validation.clients.inn_checksum" });
    expect(issues({ ...base, taxId: "12345" })).toEqual({ taxId: "validation.clients.inn_format" });
    expect(issues({ ...base, country: "US", taxId: "12-3456789" })).toEqual({});
  });

  it("accepts IANA time zones only, under their listed name", () => {
    expect(issues({ ...base, timezone: "Mars/Olympus" })).toEqual({ timezone: "validation.clients.timezone" });
    expect(issues({ ...base, timezone: "MSK" })).toEqual({ timezone: "validation.clients.timezone" });
    expect(clientFieldsSchema.parse({ ...base, timezone: "utc" }).timezone).toBe("UTC");
    expect(canonicalTimeZone("America/Chicago")).toBe("America/Chicago");
  });

  it("refuses a country that is not an ISO 3166 code", () => {
    expect(issues({ ...base, country: "XX" })).toEqual({ country: "validation.clients.country" });
    expect(issues({ ...base, country: "Russia" })).toEqual({ country: "validation.clients.country" });
  });
});
