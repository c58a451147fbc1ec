import type { ClientFieldsInput } from "@/server/clients/clients.schema";
import { formatPhone } from "@/server/lib/phone";
import { isTimeZone } from "@/server/clients/time-zone";

type Detail = {
  name: string; legalName: string | null; taxId: string | null; country: string; timezone: string; locale: "en" | "ru"; currency: string;
  contacts: { id: string; name: string; role: string | null; email: string | null; phone: string | null }[];
};

/** The edit form's starting values: what is stored, with empty strings for the blanks. */
export function detailDefaults(c: Detail): ClientFieldsInput {
  return {
    name: c.name,
    legalName: c.legalName ?? "",
    taxId: c.taxId ?? "",
    country: c.country,
    timezone: c.timezone,
    locale: c.locale,
    currency: c.currency,
    contacts: c.contacts.map((x) => ({ id: x.id, name: x.name, role: x.role ?? "", email: x.email ?? "", phone: x.phone ? formatPhone(x.phone) : "" })),
  };
}

/**
 * A new client starts where the agency is (a Russian agency's clients are mostly Russian), with one empty
 * contact row, since the checklist asks for a contact anyway.
 */
export function newClientDefaults(agency: { locale: "en" | "ru"; timezone: string; currency: string }): ClientFieldsInput {
  const ru = agency.currency === "RUB" || agency.locale === "ru";
  const timezone = agency.timezone !== "UTC" && isTimeZone(agency.timezone) ? agency.timezone : ru ? "Europe/Moscow" : "America/New_York";
  return {
    name: "",
    legalName: "",
    taxId: "",
    country: ru ? "RU" : "US",
    timezone,
    locale: agency.locale,
    currency: "",
    contacts: [{ name: "", role: "", email: "", phone: "" }],
  };
}
