import { numberAttr } from "../twiml-document";
import type { VerbRun } from "./types";

/** Speech takes time: about 0.06 s per character, so a 100-character sentence lasts 6 s of call time. */
export const SECONDS_PER_CHARACTER = 0.06;
/** Twilio's loop="0" repeats until the call moves on; the emulator caps it. */
const loops = (raw: number) => (raw === 0 ? 1000 : Math.min(raw, 1000));

export async function say({ call, node }: VerbRun) {
  const text = node.text.trim();
  const loop = loops(numberAttr(node, "loop", 1));
  call.log("Say", { text, params: { language: node.attrs.language, voice: node.attrs.voice, loop: node.attrs.loop } });
  await call.wait(Math.max(0.5, text.length * SECONDS_PER_CHARACTER) * loop);
}

export async function play({ ctx, call, node }: VerbRun) {
  const loop = loops(numberAttr(node, "loop", 1));
  const digits = node.attrs.digits;
  call.log("Play", { text: node.text.trim(), params: { loop: node.attrs.loop, digits } });
  await call.wait(digits ? digits.length * 0.5 : ctx.playSeconds * loop);
}

export async function pause({ call, node }: VerbRun) {
  const length = numberAttr(node, "length", 1);
  call.log("Pause", { params: { length } });
  await call.wait(length);
}
