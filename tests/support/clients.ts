import { db } from "@/server/db";
import type { ClientFieldsInput } from "@/server/clients/clients.schema";
import { uid, type Tenant } from "./tenants";

/** Valid client details, as the form would send them; override what a test is about. */
export function clientInput(overrides: Partial<ClientFieldsInput> = {}): ClientFieldsInput {
  return {
    name: `Aurora Dental ${uid()}`,
    legalName: "OOO Aurora",
    taxId: "7707083893",
    country: "RU",
    timezone: "Europe/Moscow",
    locale: "ru",
    currency: "",
    contacts: [{ name: "Irina Petrova", role: "Office manager", email: "irina@aurora.test", phone: "8 912 345-67-89" }],
    ...overrides,
  };
}

/**
 * Everything the onboarding checklist requires, made directly in the database (the terms and documents
 * flows have their own tests): an approved terms version and a contract document.
 */
export async function completeOnboarding(t: Tenant, clientId: string) {
  await db.termsVersion.create({
    data: { agencyId: t.agency.id, clientId, number: 1, state: "APPROVED", document: {}, approvedAt: new Date(), effectiveFrom: new Date() },
  });
  await db.complianceDocument.create({ data: { agencyId: t.agency.id, clientId, kind: "CONTRACT", title: "Service contract", number: "42" } });
}
