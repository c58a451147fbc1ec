import { parseXml, TwimlParseError, type TwimlNode } from "./twiml-parse";

/** A TwiML document as the call runs it: its verbs, and the URL relative action URLs resolve against. */
export type TwimlDocument = { url: string; verbs: TwimlNode[] };

export const VOICE_VERBS = ["Say", "Play", "Pause", "Gather", "Enqueue", "Leave", "Dial", "Record", "Redirect", "Hangup", "Reject"];
/** Real TwiML the emulator does not act out: skipped with a note, as they do not change the call's course here. */
export const SKIPPED_VERBS = ["Connect", "Stream", "Start", "Stop", "Refer", "Pay", "Prompt", "Sms", "Message", "Echo"];
const GATHER_NOUNS = ["Say", "Play", "Pause"];

/** Parses and checks a TwiML answer; throws TwimlParseError with a reason a developer can act on. */
export function parseTwiml(source: string, url: string): TwimlDocument {
  const root = parseXml(source);
  if (root.name !== "Response") throw new TwimlParseError(`the root element is <${root.name}>, expected <Response>`);
  for (const verb of root.children) {
    if (!VOICE_VERBS.includes(verb.name) && !SKIPPED_VERBS.includes(verb.name)) {
      throw new TwimlParseError(`<${verb.name}> is not a TwiML voice verb`);
    }
    if (verb.name === "Gather") {
      const bad = verb.children.find((c) => !GATHER_NOUNS.includes(c.name));
      if (bad) throw new TwimlParseError(`<${bad.name}> cannot be nested in <Gather>`);
    }
  }
  return { url, verbs: root.children };
}

/** Resolves an action/Redirect URL the way Twilio does: relative to the document that named it. */
export function resolveUrl(target: string, base: string): string {
  try {
    return new URL(target.trim(), base).toString();
  } catch {
    throw new TwimlParseError(`"${target}" is not a URL`);
  }
}

export function numberAttr(node: TwimlNode, name: string, fallback: number): number {
  const raw = node.attrs[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new TwimlParseError(`<${node.name} ${name}="${raw}"> is not a number`);
  return value;
}

export const methodAttr = (node: TwimlNode, name = "method"): "GET" | "POST" =>
  (node.attrs[name] ?? "POST").toUpperCase() === "GET" ? "GET" : "POST";
