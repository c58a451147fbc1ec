/**
 * The terms' greeting is written for the operator who picks up ("Thank you for calling Aurora. My name is …,
 * how can I help you?"): the "…" is where they say their own name. Read out by the carrier before the queue
 * it would introduce nobody, so the caller hears only the sentences before the placeholder; a greeting that
 * starts with it gives null, and the flow's default welcome is used instead.
 */
const PLACEHOLDER = /…|\.\.\./;

export function callerGreeting(greeting: string | null | undefined): string | null {
  const text = greeting?.trim();
  if (!text) return null;
  const at = text.search(PLACEHOLDER);
  if (at < 0) return text;
  // Keep whole sentences that end before the placeholder.
  const before = text.slice(0, at);
  const end = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? "));
  return end >= 0 ? before.slice(0, end + 1).trim() : null;
}
