import { newHotlineInput } from "@/server/hotlines/hotline-defaults";
import type { HotlineInput } from "@/server/hotlines/hotlines.schema";

/** Valid hotline settings, as the form would send them; override what a test is about. */
export function hotlineInput(overrides: Partial<HotlineInput> = {}): HotlineInput {
  return { ...newHotlineInput("ru"), name: "Help line", languages: ["ru", "en"], ...overrides };
}
