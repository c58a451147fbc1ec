import { z } from "zod";
import type { AppLocale } from "../../i18n/locale";
import { say } from "./say";
import { spokenLanguage, voiceText } from "./voice-texts";

/**
 * The optional menu of a hotline (Hotline.menu JSON): a prompt per language and options, each a digit, a
 * label, and optionally the language the caller is served in after pressing it ("For English, press 2").
 * Read leniently: a menu that does not parse is no menu (the caller goes straight to the queue).
 */
const menuSchema = z.object({
  prompt: z.record(z.string(), z.string()).optional(),
  options: z
    .array(z.object({ digit: z.string().regex(/^[0-9*#]$/), label: z.string().trim().min(1), language: z.string().nullish() }))
    .min(1)
    .max(12),
});
export type HotlineMenu = z.output<typeof menuSchema>;
export type MenuOption = HotlineMenu["options"][number];

export function readMenu(raw: unknown): HotlineMenu | null {
  const parsed = menuSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The option a caller chose, or null for no input or a digit the menu does not offer. */
export function menuChoice(menu: HotlineMenu, digits: string | null | undefined): MenuOption | null {
  const digit = digits?.trim().charAt(0);
  return (digit && menu.options.find((o) => o.digit === digit)) || null;
}

type Sayer = Parameters<typeof say>[0];

/** The prompt, then one line per option, each in the option's own language when it has one. */
export function sayMenu(target: Sayer, menu: HotlineMenu, language: AppLocale): void {
  say(target, language, menu.prompt?.[language]);
  for (const option of menu.options) {
    const lang = spokenLanguage(option.language, language);
    say(target, lang, voiceText(lang, "menuOption", { label: option.label, digit: option.digit }));
  }
}
