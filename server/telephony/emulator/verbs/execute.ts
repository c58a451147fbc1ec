import type { EmulatedCall } from "../call-state";
import type { EmulatorContext } from "../context";
import { methodAttr, resolveUrl, type TwimlDocument } from "../twiml-document";
import { TwimlParseError } from "../twiml-parse";
import { dial } from "./dial";
import { enqueue } from "./enqueue";
import { gather } from "./gather";
import { pause, play, say } from "./media";
import { record } from "./record";
import { CONTINUE, type Outcome, type RunMode, type VerbRun } from "./types";

/** What Twilio allows in a queue's wait document. */
const WAIT_VERBS = ["Say", "Play", "Pause", "Hangup", "Redirect", "Leave", "Gather"];

export function answer(call: EmulatedCall) {
  if (call.status !== "ringing") return;
  call.status = "in-progress";
  call.answeredAtMs = Date.now();
  call.log("answered");
}

/** Runs a document's verbs in order; the first verb that moves the call elsewhere ends the document. */
export async function executeDocument(ctx: EmulatorContext, call: EmulatedCall, doc: TwimlDocument, mode: RunMode): Promise<Outcome> {
  for (const node of doc.verbs) {
    call.checkpoint();
    if (mode === "call" && call.status === "ringing") {
      // <Reject> first is the only way not to answer: busy, or no-answer for reason="rejected".
      if (node.name === "Reject") {
        call.log("Reject", { params: { reason: node.attrs.reason ?? "rejected" } });
        return { kind: "end", status: node.attrs.reason === "busy" ? "busy" : "no-answer" };
      }
      answer(call);
    }
    if (mode === "wait" && !WAIT_VERBS.includes(node.name)) {
      call.log("note", { text: `<${node.name}> is not allowed in a wait URL document: skipped` });
      continue;
    }
    const run: VerbRun = { ctx, call, node, doc, mode, execute: (d, m) => executeDocument(ctx, call, d, m) };
    const outcome = await runVerb(run);
    if (outcome.kind !== "continue") return outcome;
  }
  return CONTINUE;
}

async function runVerb(run: VerbRun): Promise<Outcome> {
  const { call, node, doc, mode } = run;
  switch (node.name) {
    case "Say":
      await say(run);
      return CONTINUE;
    case "Play":
      await play(run);
      return CONTINUE;
    case "Pause":
      await pause(run);
      return CONTINUE;
    case "Gather":
      return gather(run);
    case "Enqueue":
      if (mode === "wait") throw new TwimlParseError("<Enqueue> inside a wait document");
      return enqueue(run);
    case "Dial":
      return dial(run);
    case "Record":
      return record(run);
    case "Redirect": {
      if (!node.text.trim()) throw new TwimlParseError("<Redirect> without a URL");
      const url = resolveUrl(node.text, doc.url);
      call.log("Redirect", { params: { url } });
      return { kind: "next", next: { kind: "fetch", url, method: methodAttr(node), params: {} } };
    }
    case "Hangup":
      call.log("Hangup");
      return { kind: "end", status: "completed" };
    case "Reject":
      call.log("Reject", { text: "after the answer: hangs up" });
      return { kind: "end", status: "completed" };
    case "Leave":
      call.log("Leave", mode === "wait" ? {} : { text: "not in a queue: ignored" });
      return mode === "wait" ? { kind: "leave" } : CONTINUE;
    default:
      call.log("note", { text: `<${node.name}> is not emulated: skipped` });
      return CONTINUE;
  }
}
