const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Calls that started before this instant are past the agency's retention: N whole days of 24 hours back from
 * `now`. Null days (keep forever) has no cutoff. Kept pure so the boundary (exactly N days old stays) is tested.
 */
export function retentionCutoff(now: Date, days: number | null): Date | null {
  if (days === null) return null;
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * The storage keys a call's media may sit under in our file storage, when the recording or voicemail was
 * copied there (`call-media/<agency>/<call>/…`). Carrier-hosted URLs have no key of ours; the purge then only
 * forgets the link. One place decides the layout so the writer and the purge cannot disagree.
 */
export function callMediaKeys(call: { agencyId: string; id: string }): string[] {
  return ["recording", "voicemail"].map((kind) => `call-media/${call.agencyId}/${call.id}/${kind}`);
}
