import { methodAttr, numberAttr, resolveUrl } from "../twiml-document";
import { pause, play, say } from "./media";
import { CONTINUE, type Outcome, type VerbRun } from "./types";

/** Takes the caller's scripted keys for one <Gather>: numDigits of them, or up to finishOnKey. */
export function takeDigits(remaining: string, numDigits: number | null, finishOnKey: string) {
  let taken = "";
  let finished = "";
  let i = 0;
  for (; i < remaining.length; i++) {
    const key = remaining[i]!;
    if (finishOnKey && key === finishOnKey) {
      finished = key;
      i++;
      break;
    }
    taken += key;
    if (numDigits !== null && taken.length >= numDigits) {
      i++;
      break;
    }
  }
  return { digits: taken, finishedOnKey: finished, rest: remaining.slice(i) };
}

/**
 * <Gather>: plays its prompts, then the caller presses the scripted digits (after the prompts: the emulator's
 * callers do not barge in) or, with none left, waits `timeout` seconds and moves on.
 */
export async function gather(run: VerbRun): Promise<Outcome> {
  const { call, node, doc } = run;
  const input = node.attrs.input ?? "dtmf";
  for (const child of node.children) {
    const nested = { ...run, node: child };
    if (child.name === "Say") await say(nested);
    else if (child.name === "Play") await play(nested);
    else await pause(nested);
  }
  const rawNum = numberAttr(node, "numDigits", 0);
  const finishOnKey = node.attrs.finishOnKey ?? "#";
  const action = resolveUrl(node.attrs.action ?? doc.url, doc.url);
  const method = methodAttr(node);
  if (input.includes("dtmf") && call.digits.length > 0) {
    const { digits, finishedOnKey, rest } = takeDigits(call.digits, rawNum > 0 ? rawNum : null, finishOnKey);
    call.digits = rest;
    await call.wait(0.5 * (digits.length + finishedOnKey.length));
    call.log("Gather", { params: { digits, action } });
    if (digits || node.attrs.actionOnEmptyResult === "true") {
      return { kind: "next", next: { kind: "fetch", url: action, method, params: { Digits: digits, FinishedOnKey: finishedOnKey } } };
    }
    return CONTINUE;
  }
  const timeout = numberAttr(node, "timeout", 5);
  await call.wait(timeout);
  call.log("Gather", { text: input.includes("dtmf") ? "no input" : "speech is not emulated: no input", params: { timeout } });
  if (node.attrs.actionOnEmptyResult === "true") return { kind: "next", next: { kind: "fetch", url: action, method, params: { Digits: "" } } };
  return CONTINUE;
}
