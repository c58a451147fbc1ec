/** A carrier recording id: "RE" and 32 hex digits (Twilio's, and the emulator's). */
const RECORDING_SID = /^RE[0-9a-f]{32}$/i;
/** Twilio's RecordingUrl ends with …/Recordings/{Sid}, sometimes with a media extension or a query. */
const SID_IN_URL = /\/Recordings\/(RE[0-9a-f]{32})(?:\.[a-z0-9]+)?(?:[?#].*)?$/i;

export const isRecordingSid = (value: unknown): value is string => typeof value === "string" && RECORDING_SID.test(value);

/** The RE… sid of a carrier-hosted recording URL, or null for anything else (our own storage, the demo's files). */
export function recordingSidOfUrl(url: string | null | undefined): string | null {
  return url ? (SID_IN_URL.exec(url)?.[1] ?? null) : null;
}

/**
 * Every carrier recording a call holds: the sids the recording status callback reported (RECORDING events) and
 * those inside the call's recording and voicemail URLs (the voicemail action reports a URL only). Pure and
 * deduplicated, so the purge enqueues each carrier deletion once. Anything that is not a well-formed sid is
 * ignored: it would otherwise end up in the carrier's URL path.
 */
export function carrierRecordingSids(call: { recordingUrl: string | null; voicemailUrl: string | null; recordingEvents: { data: unknown }[] }): string[] {
  const sids = new Set<string>();
  for (const event of call.recordingEvents) {
    const data = (event.data ?? {}) as { sid?: unknown; url?: unknown };
    if (isRecordingSid(data.sid)) sids.add(data.sid);
    const fromUrl = recordingSidOfUrl(typeof data.url === "string" ? data.url : null);
    if (fromUrl) sids.add(fromUrl);
  }
  for (const url of [call.recordingUrl, call.voicemailUrl]) {
    const sid = recordingSidOfUrl(url);
    if (sid) sids.add(sid);
  }
  return [...sids];
}
