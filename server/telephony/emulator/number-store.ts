import type { NumberSnapshot } from "./call-state";
import { numberSid } from "./sids";

export type OwnedNumberRecord = NumberSnapshot & {
  friendlyName: string;
  voiceFallbackMethod: "GET" | "POST";
  dateCreated: Date;
  dateUpdated: Date;
};

/** The account's numbers, in memory: the app re-registers its numbers at start (server/telephony/reconcile.ts). */
export class NumberStore {
  private readonly bySid = new Map<string, OwnedNumberRecord>();

  list(): OwnedNumberRecord[] {
    return [...this.bySid.values()].sort((a, b) => a.dateCreated.getTime() - b.dateCreated.getTime());
  }

  get(sid: string) {
    return this.bySid.get(sid) ?? null;
  }

  findByE164(e164: string) {
    return this.list().find((n) => n.e164 === e164) ?? null;
  }

  add(e164: string, fields: Partial<OwnedNumberRecord>): OwnedNumberRecord {
    const now = new Date();
    const record: OwnedNumberRecord = {
      sid: numberSid(e164), e164, friendlyName: e164, voiceUrl: null, voiceMethod: "POST", voiceFallbackUrl: null, voiceFallbackMethod: "POST",
      statusCallback: null, statusCallbackMethod: "POST", ...fields, dateCreated: now, dateUpdated: now,
    };
    this.bySid.set(record.sid, record);
    return record;
  }

  update(sid: string, fields: Partial<OwnedNumberRecord>) {
    const record = this.bySid.get(sid);
    if (!record) return null;
    Object.assign(record, fields, { dateUpdated: new Date() });
    return record;
  }

  remove(sid: string) {
    return this.bySid.delete(sid);
  }
}
