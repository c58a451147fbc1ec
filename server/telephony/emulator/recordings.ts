import type { EmulatorContext } from "./context";
import type { RestReply } from "./rest-numbers";
import { newSid } from "./sids";
import { accountPath, twilioError } from "./twilio-json";

/** Recordings made by <Record>: metadata in memory, audio generated on request as a short WAV. */
export type RecordingRecord = { sid: string; callSid: string; seconds: number; createdAt: Date };

export class RecordingStore {
  private readonly bySid = new Map<string, RecordingRecord>();

  add(callSid: string, seconds: number): RecordingRecord {
    const record = { sid: newSid("RE"), callSid, seconds, createdAt: new Date() };
    this.bySid.set(record.sid, record);
    return record;
  }

  get(sid: string) {
    return this.bySid.get(sid) ?? null;
  }

  /** False when there was no such recording (deleted before): the REST route then answers 404, as Twilio does. */
  remove(sid: string): boolean {
    return this.bySid.delete(sid);
  }
}

/** DELETE …/Recordings/{Sid}.json: 204 once, 404 for a recording the emulator does not (or no longer) hold. */
export function deleteRecording(ctx: EmulatorContext, sid: string, path: string): RestReply {
  const record = ctx.recordings.get(sid);
  if (!record) return { status: 404, body: twilioError(404, 20404, `The requested resource ${path} was not found`) };
  ctx.recordings.remove(sid);
  ctx.log(`deleted recording ${sid} (call ${record.callSid})`);
  return { status: 204 };
}

/** Twilio's RecordingUrl has no extension; `.wav` (or `.mp3`, served as WAV here) is appended to fetch it. */
export const recordingUrl = (baseUrl: string, accountSid: string, recordingSid: string) => `${baseUrl}${accountPath(accountSid)}/Recordings/${recordingSid}`;

/**
 * A mono 8 kHz 16-bit WAV of a soft, wavering tone lasting the recording (at most 30 s): something an audio
 * player can play, so a person can check the voicemail player without real speech.
 */
export function recordingWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = Math.max(1, Math.round(Math.min(30, Math.max(0.5, seconds)) * rate));
  const buffer = Buffer.alloc(44 + samples * 2);
  buffer.write("RIFF", 0);
  buffer.writeUInt32LE(36 + samples * 2, 4);
  buffer.write("WAVEfmt ", 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate * 2, 28);
  buffer.writeUInt16LE(2, 32);
  buffer.writeUInt16LE(16, 34);
  buffer.write("data", 36);
  buffer.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) {
    const t = i / rate;
    const pitch = 220 + 40 * Math.sin(2 * Math.PI * 3 * t);
    buffer.writeInt16LE(Math.round(3000 * Math.sin(2 * Math.PI * pitch * t)), 44 + i * 2);
  }
  return buffer;
}
