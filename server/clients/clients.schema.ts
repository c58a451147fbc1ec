import { z } from "zod";
import { emailSchema } from "../auth/auth.schema";
import { CLIENT_ROLES } from "../auth/roles";
import { isCountryCode } from "./countries";
import { defaultCurrencyFor, isCurrencyCode } from "./currency";
import { innProblem } from "./inn";
import { toE164 } from "../lib/phone";
import { canonicalTimeZone } from "./time-zone";

/**
 * Client input, shared by the forms (react-hook-form) and the procedures. Messages are keys under
 * `validation.` (translated by FormField in the browser and by the error formatter on the server).
 * Cross-field rules (an INN for Russia, phones read in the client's country) are checked in
 * superRefine, so they are reported together with the field errors; the transform then normalises.
 */
export const CLIENT_STATUSES = ["ONBOARDING", "ACTIVE", "SUSPENDED", "ENDED"] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];
export const CONTACTS_MAX = 20;

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.emailInvalid")
  .refine((v) => v === "" || emailSchema.safeParse(v).success, "validation.emailInvalid");

export const contactSchema = z
  .object({
    /** Present when the contact already exists: it keeps its id, which terms of reference may point at. */
    id: z.string().max(64).optional(),
    name: text(100).min(1, "validation.required"),
    role: text(100),
    email: optionalEmail,
    phone: text(40),
  })
  .refine((c) => c.email !== "" || c.phone !== "", { message: "validation.clients.contactUnreachable", path: ["email"] });

export const clientFieldsSchema = z
  .object({
    name: text(100).min(2, "validation.clients.nameTooShort"),
    legalName: text(200),
    taxId: text(30).transform((v) => v.replace(/\s+/g, "")),
    country: z.string().trim().toUpperCase().refine(isCountryCode, "validation.clients.country"),
    timezone: z.string().trim().min(1, "validation.required").refine((v) => canonicalTimeZone(v) !== null, "validation.clients.timezone"),
    locale: z.enum(["en", "ru"], "validation.required"),
    /** Empty means "the country's usual currency". */
    currency: z.string().trim().toUpperCase().refine((v) => v === "" || isCurrencyCode(v), "validation.clients.currency").default(""),
    contacts: z.array(contactSchema).max(CONTACTS_MAX, "validation.clients.tooManyContacts").default([]),
  })
  .superRefine((v, ctx) => {
    if (v.country === "RU" && v.taxId) {
      const problem = innProblem(v.taxId);
      if (problem) ctx.addIssue({ code: "custom", path: ["taxId"], message: `validation.clients.inn_${problem}` });
    }
    v.contacts.forEach((c, i) => {
      if (c.phone && !toE164(c.phone, v.country)) ctx.addIssue({ code: "custom", path: ["contacts", i, "phone"], message: "validation.clients.phone" });
    });
  })
  .transform((v) => ({
    name: v.name,
    legalName: v.legalName || null,
    taxId: v.taxId || null,
    country: v.country,
    timezone: canonicalTimeZone(v.timezone)!,
    locale: v.locale,
    currency: v.currency || defaultCurrencyFor(v.country),
    contacts: v.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role || null,
      email: c.email || null,
      phone: c.phone ? toE164(c.phone, v.country) : null,
    })),
  }));
export type ClientFieldsInput = z.input<typeof clientFieldsSchema>;
export type ClientFields = z.output<typeof clientFieldsSchema>;

export const listClientsSchema = z.object({
  search: z.string().trim().max(100).optional(),
  status: z.enum(CLIENT_STATUSES).optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});
export type ListClientsInput = z.output<typeof listClientsSchema>;

export const setStatusSchema = z.object({ status: z.enum(CLIENT_STATUSES) });

export const inviteClientUserSchema = z.object({ email: emailSchema, role: z.enum(CLIENT_ROLES) });
export type InviteClientUserInput = z.infer<typeof inviteClientUserSchema>;
export const clientMemberIdSchema = z.object({ memberId: z.string().min(1).max(64) });
export const changeClientRoleSchema = z.object({ memberId: z.string().min(1).max(64), role: z.enum(CLIENT_ROLES) });
