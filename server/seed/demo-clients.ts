import { TZDate } from "@date-fns/tz";
import type { Db } from "../db";
import { clientFieldsSchema, type ClientFieldsInput } from "../clients/clients.schema";
import { createClient } from "../clients/clients";
import { createEntry } from "../oncall/entries";
import { emptyTermsDocument } from "../terms/template";
import type { TermsDocument } from "../terms/terms.schema";
import { approveVersion, createDraft, saveDraft, submitVersion, type Actor } from "../terms/versions";
import { makeUser } from "./factories";

/** The demo's client businesses, made through the same services the product uses. */
export const DEMO_CLIENT_USERS = [{ email: "client@aurora.test", name: "Alina Aurora", client: "aurora-dental", role: "CLIENT_ADMIN" as const }];

type Seeder = { db: Db; agency: { id: string }; owner: { id: string; name: string }; passwordHash: string };

const aurora: ClientFieldsInput = {
  name: "Aurora Dental",
  legalName: "ООО «Аврора Дентал»",
  taxId: "7701000001",
  country: "RU",
  timezone: "Europe/Moscow",
  locale: "ru",
  currency: "RUB",
  contacts: [
    { name: "Марина Соколова", role: "Главный врач", email: "chief@aurora.test", phone: "+7 495 123-45-67" },
    { name: "Регистратура", role: "Администратор", email: "desk@aurora.test", phone: "+7 495 765-43-21" },
  ],
};

const bluebird: ClientFieldsInput = {
  name: "Bluebird Plumbing",
  legalName: "Bluebird Plumbing LLC",
  taxId: "",
  country: "US",
  timezone: "America/Chicago",
  locale: "en",
  currency: "USD",
  contacts: [{ name: "Bob Bluebird", role: "Owner", email: "bob@bluebird.test", phone: "+1 312 555 0142" }],
};

/** Aurora's v2: the clinic's appointment line (v1 was the template; v3 adds Saturday hours). */
function auroraDocument(contactIds: string[]): TermsDocument {
  const doc = emptyTermsDocument("ru", { hotlineName: "Аврора Дентал, запись на приём" });
  doc.general.purpose = "ORDERS";
  doc.general.greeting = { ru: "Клиника «Аврора Дентал», здравствуйте! Меня зовут …, чем могу помочь?" };
  doc.general.operatorRules = "Не ставить диагнозов и не называть цены лечения — только запись. При острой боли — исход «Срочно».";
  doc.script = [
    { id: "greeting", title: "Приветствие", say: doc.general.greeting.ru!, branches: [{ answer: "Запись на приём", nextStepId: "booking" }, { answer: "Острая боль", nextStepId: "urgent" }] },
    { id: "booking", title: "Запись", say: "На какой день вам удобно? Врач принимает с 9 до 20.", branches: [] },
    { id: "urgent", title: "Срочный случай", say: "Я передам ваш звонок дежурному врачу, он перезвонит в течение 15 минут.", branches: [] },
  ];
  doc.faq = [
    { id: "address", question: "Где находится клиника?", answer: "Москва, ул. Тверская, 10, вход со двора." },
    { id: "price", question: "Сколько стоит консультация?", answer: "Первичная консультация — 1 500 ₽." },
  ];
  doc.form = {
    fields: [
      { key: "name", label: "Имя пациента", type: "TEXT", required: true, max: 100 },
      { key: "phone", label: "Телефон", type: "PHONE", required: true },
      { key: "reason", label: "Причина обращения", type: "SELECT", required: true, options: ["Консультация", "Лечение", "Гигиена", "Острая боль"] },
      { key: "preferred_date", label: "Желаемая дата", type: "DATE", required: false },
    ],
  };
  doc.outcomes = [
    { code: "APPOINTMENT_BOOKED", label: "Записан на приём", delivery: { recipients: [contactIds[1]!], channel: "EMAIL", urgent: false, requiresAck: false } },
    { code: "CALLBACK_REQUESTED", label: "Просит перезвонить", delivery: { recipients: [contactIds[1]!], channel: "EMAIL", urgent: false, requiresAck: false } },
    { code: "URGENT", label: "Срочно", delivery: { recipients: ["ON_CALL", contactIds[0]!], channel: "SMS", urgent: true, requiresAck: true } },
  ];
  doc.hours.weekly = { mon: [{ start: "09:00", end: "20:00" }], tue: [{ start: "09:00", end: "20:00" }], wed: [{ start: "09:00", end: "20:00" }], thu: [{ start: "09:00", end: "20:00" }], fri: [{ start: "09:00", end: "20:00" }], sat: [], sun: [] };
  return doc;
}

export async function seedDemoClients({ db, agency, owner, passwordHash }: Seeder) {
  const ownerActor: Actor = { side: "agency", userId: owner.id, role: "OWNER", name: owner.name };

  const a = await createClient(db, agency, owner.id, clientFieldsSchema.parse(aurora));
  const auroraRef = { id: a.id, agencyId: agency.id };
  const contactIds = (await db.clientContact.findMany({ where: { clientId: a.id }, orderBy: { position: "asc" }, select: { id: true } })).map((c) => c.id);
  const admin = await makeUser(db, { email: DEMO_CLIENT_USERS[0]!.email, name: DEMO_CLIENT_USERS[0]!.name, passwordHash, locale: "ru" });
  await db.clientMember.create({ data: { agencyId: agency.id, clientId: a.id, userId: admin.id, role: "CLIENT_ADMIN" } });
  const clientActor: Actor = { side: "client", userId: admin.id, role: "CLIENT_ADMIN", name: "Alina Aurora" };

  // v1: the template, approved; v2: the real script, approved (v1 superseded); v3: Saturday hours, submitted.
  const v1 = await createDraft(db, auroraRef, ownerActor);
  await submitVersion(db, auroraRef, ownerActor, v1.number);
  await approveVersion(db, auroraRef, clientActor, { number: v1.number });
  const v2 = await createDraft(db, auroraRef, ownerActor);
  const v2doc = auroraDocument(contactIds);
  await saveDraft(db, auroraRef, ownerActor, { number: v2.number, document: v2doc });
  await submitVersion(db, auroraRef, ownerActor, v2.number);
  await approveVersion(db, auroraRef, clientActor, { number: v2.number });
  const v3 = await createDraft(db, auroraRef, ownerActor);
  await saveDraft(db, auroraRef, ownerActor, { number: v3.number, document: { ...v2doc, hours: { ...v2doc.hours, weekly: { ...v2doc.hours.weekly, sat: [{ start: "10:00", end: "16:00" }] } } } });
  await submitVersion(db, auroraRef, ownerActor, v3.number);

  // Tonight's and tomorrow night's on-call doctor, in the clinic's zone.
  const today = new TZDate(new Date(), "Europe/Moscow");
  const day = (offset: number) => {
    const d = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + offset, "Europe/Moscow");
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  };
  for (const [offset, person, phone] of [[0, "Д-р Петров", "+7 916 111-22-33"], [1, "Д-р Иванова", "+7 916 444-55-66"]] as const) {
    await createEntry(db, auroraRef, { userId: owner.id, locale: "ru" }, {
      personName: person, phone, email: "", startDate: day(offset), startTime: "20:00", endDate: day(offset + 1), endTime: "09:00", escalationOrder: 1, note: "",
    });
  }

  const b = await createClient(db, agency, owner.id, clientFieldsSchema.parse(bluebird));
  const bluebirdRef = { id: b.id, agencyId: agency.id };
  const draft = await createDraft(db, bluebirdRef, ownerActor);
  const doc = emptyTermsDocument("en", { hotlineName: "Bluebird Plumbing emergency line" });
  doc.hours.alwaysOpen = true;
  const bob = await db.clientContact.findFirstOrThrow({ where: { clientId: b.id }, select: { id: true } });
  doc.general.greeting = { en: "Bluebird Plumbing emergency line, thank you for calling. My name is …, what is the problem?" };
  doc.script = [
    { id: "greeting", title: "Greeting", say: doc.general.greeting.en!, branches: [{ answer: "Water is leaking now", nextStepId: "emergency" }, { answer: "Book a visit", nextStepId: "booking" }] },
    { id: "emergency", title: "Emergency", say: "Please turn off the main water valve if you can. I am sending the plumber on call right now.", branches: [] },
    { id: "booking", title: "Book a visit", say: "When would suit you? Our plumbers work 7 am to 7 pm, Monday to Saturday.", branches: [] },
  ];
  doc.faq = [
    { id: "area", question: "Which area do you serve?", answer: "Chicago and the near suburbs (Evanston, Oak Park, Cicero)." },
    { id: "fee", question: "Is there a call-out fee?", answer: "$89 call-out, waived if the job is booked." },
  ];
  doc.outcomes = [
    { code: "VISIT_BOOKED", label: "Visit booked", delivery: { recipients: [bob.id], channel: "EMAIL", urgent: false, requiresAck: false } },
    { code: "EMERGENCY", label: "Emergency: plumber sent", delivery: { recipients: ["ON_CALL", bob.id], channel: "EMAIL", urgent: true, requiresAck: true } },
    { code: "INFO_ONLY", label: "Information only", delivery: { recipients: [], channel: "EMAIL", urgent: false, requiresAck: false } },
  ];
  await saveDraft(db, bluebirdRef, ownerActor, { number: draft.number, document: doc });
  // Bob signed the brief on paper: the agency approved v1 on his behalf, so the 24/7 line answers.
  await submitVersion(db, bluebirdRef, ownerActor, draft.number);
  await approveVersion(db, bluebirdRef, ownerActor, { number: draft.number });
  return { aurora: a, bluebird: b };
}


