import type { TermsDocument, TermsLocale } from "./terms.schema";

const texts = {
  en: {
    hotline: "Hotline",
    greeting: (name: string) => `Thank you for calling ${name}. My name is …, how can I help you?`,
    tone: "Friendly and calm; address callers politely.",
    rules: "Never promise what is not in this document. If unsure, take a message.",
    afterHours: "We are closed now. Please leave a message and we will call you back.",
    steps: [
      ["greeting", "Greeting", null],
      ["need", "Find out the need", "How can I help you today?"],
      ["close", "Close the call", "Thank you for calling. Have a good day!"],
    ],
    fields: { name: "Caller's name", phone: "Phone", reason: "Reason for calling" },
    outcomes: { RESOLVED: "Question answered", CALLBACK: "Callback requested" },
  },
  ru: {
    hotline: "Горячая линия",
    greeting: (name: string) => `${name}, здравствуйте! Меня зовут …, чем могу помочь?`,
    tone: "Доброжелательно и спокойно, обращаться на «вы».",
    rules: "Не обещать ничего, чего нет в этом документе. Если не уверены — примите сообщение.",
    afterHours: "Сейчас мы не работаем. Оставьте сообщение, и мы вам перезвоним.",
    steps: [
      ["greeting", "Приветствие", null],
      ["need", "Выяснить потребность", "Чем я могу вам помочь?"],
      ["close", "Завершение", "Спасибо за звонок, всего доброго!"],
    ],
    fields: { name: "Имя звонящего", phone: "Телефон", reason: "Причина обращения" },
    outcomes: { RESOLVED: "Вопрос решён", CALLBACK: "Нужен обратный звонок" },
  },
} as const;

/**
 * A valid starting document for a client's first terms of reference, in the client's language: weekday
 * office hours, voicemail after hours, a three-step script, a name/phone/reason form and two outcomes.
 * The first draft starts from it, and the demo seed builds its documents on it.
 */
export function emptyTermsDocument(locale: TermsLocale, opts: { hotlineName?: string } = {}): TermsDocument {
  const t = texts[locale];
  const hotlineName = opts.hotlineName?.trim() || t.hotline;
  const office = [{ start: "09:00", end: "18:00" }];
  return {
    schemaVersion: 1,
    general: {
      purpose: "SUPPORT",
      hotlineName,
      greeting: { [locale]: t.greeting(hotlineName) },
      tone: t.tone,
      operatorRules: t.rules,
      languages: [locale],
    },
    hours: {
      alwaysOpen: false,
      weekly: { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] },
      holidays: [],
      afterHours: { action: "VOICEMAIL", message: t.afterHours },
    },
    script: t.steps.map(([id, title, say]) => ({ id, title, say: say ?? t.greeting(hotlineName), branches: [] })),
    faq: [],
    form: {
      fields: [
        { key: "name", label: t.fields.name, type: "TEXT", required: true, max: 100 },
        { key: "phone", label: t.fields.phone, type: "PHONE", required: true },
        { key: "reason", label: t.fields.reason, type: "LONG_TEXT", required: false, max: 2000 },
      ],
    },
    outcomes: [
      { code: "RESOLVED", label: t.outcomes.RESOLVED, delivery: { recipients: [], channel: "EMAIL", urgent: false, requiresAck: false } },
      { code: "CALLBACK", label: t.outcomes.CALLBACK, delivery: { recipients: ["ON_CALL"], channel: "EMAIL", urgent: false, requiresAck: false } },
    ],
    escalation: [],
    sla: { answeredPercent: 80, withinSeconds: 20, maxAbandonPercent: 5, expectedDailyVolume: 50 },
  };
}
