import type { FormField } from "../terms/call-form.schema";

/**
 * What a demo bot types into a call form: a plausible valid value per field (the caller's own number for
 * a phone, an option of a select, a number in range). Pure, so it is unit-tested; a field whose pattern a
 * bot cannot guess is left empty when optional (a required one makes the submit fail, and the runner
 * falls back to ending the wrap-up without an outcome).
 */
export function botFormValues(fields: readonly FormField[], v: { random: () => number; callerNumber: string; today: string }): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const field of fields) {
    switch (field.type) {
      case "CHECKBOX":
        out[field.key] = true;
        break;
      case "PHONE":
        out[field.key] = v.callerNumber;
        break;
      case "EMAIL":
        out[field.key] = "caller@example.com";
        break;
      case "DATE":
        out[field.key] = v.today;
        break;
      case "SELECT": {
        const options = field.options ?? [];
        if (options.length) out[field.key] = options[Math.floor(v.random() * options.length)]!;
        break;
      }
      case "NUMBER": {
        const min = field.min ?? 1;
        const max = field.max ?? Math.max(min, 10);
        out[field.key] = String(Math.round(min + v.random() * (max - min)));
        break;
      }
      default: {
        if (field.pattern && !field.required) break;
        const text = field.type === "LONG_TEXT" ? "The caller asked for a call back about their request." : "Demo caller";
        const min = field.min ?? 0;
        out[field.key] = text.padEnd(min, ".").slice(0, field.max ?? text.length + min);
      }
    }
  }
  return out;
}

/** A random outcome code of the terms, or null when the terms have none. */
export function pickOutcome(outcomes: readonly { code: string }[], random: () => number): string | null {
  return outcomes.length ? outcomes[Math.floor(random() * outcomes.length)]!.code : null;
}

/** Bot timings (ms): accept after 2–4 s, talk 20–90 s, a short wrap-up before the submit. */
export const BOT_TIMING = { acceptMs: [2000, 4000], talkMs: [20_000, 90_000], wrapMs: [3000, 6000] } as const;
export const between = ([min, max]: readonly [number, number], random: () => number) => Math.round(min + random() * (max - min));
