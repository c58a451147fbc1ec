import type { CallStatus, EmulatedCall } from "../call-state";
import type { EmulatorContext } from "../context";
import type { TwimlDocument } from "../twiml-document";
import type { TwimlNode } from "../twiml-parse";

/** Where the call goes after a verb: a URL to request, TwiML given through the Calls API, or nowhere. */
export type Next =
  | { kind: "fetch"; url: string; method: "GET" | "POST"; params: Record<string, string> }
  | { kind: "twiml"; twiml: string; baseUrl: string };

export type Outcome = { kind: "continue" } | { kind: "next"; next: Next } | { kind: "end"; status: CallStatus } | { kind: "leave" };

/** "wait": a queue's waitUrl document, where <Leave> means something and only some verbs are allowed. */
export type RunMode = "call" | "wait";

export type VerbRun = {
  ctx: EmulatorContext;
  call: EmulatedCall;
  node: TwimlNode;
  doc: TwimlDocument;
  mode: RunMode;
  /** Runs a whole document (for the queue's wait music). */
  execute: (doc: TwimlDocument, mode: RunMode) => Promise<Outcome>;
};

export const CONTINUE: Outcome = { kind: "continue" };
