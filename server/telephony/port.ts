/**
 * The telephony port: everything Switchboard asks of a carrier. Two adapters implement it with the real
 * `twilio` package: Twilio itself, and the carrier emulator (the same REST API, reached through the
 * package's `httpClient` option). Webhooks come the other way, under /api/telephony/twilio/.
 */
export type NumberKind = "LOCAL" | "TOLL_FREE";

export type AvailableNumber = {
  e164: string;
  kind: NumberKind;
  /** City or region when the carrier says. */
  locality: string | null;
};

export type OwnedNumber = { sid: string; e164: string; friendlyName: string | null };

export type NumberSearch = {
  /** ISO 3166-1 alpha-2. */
  country: string;
  kind: NumberKind;
  /** Digits the number must contain. */
  contains?: string;
  limit?: number;
};

/** A call placed by the emulator for a person or a test ("Place a test call"). */
export type TestCallRequest = {
  to: string;
  from: string;
  /** The caller's language, for the emulator's transcript only. */
  language?: string;
  /** DTMF digits the caller presses at the menu. */
  digits?: string;
  /** How long the caller stays on the line before hanging up, in seconds. */
  staySeconds?: number;
  /** How long the caller speaks into a voicemail, in seconds. */
  voicemailSeconds?: number;
  callerName?: string;
  /** The client's own line the call was forwarded from (the carrier's ForwardedFrom). */
  forwardedFrom?: string;
};

/** The carrier's statuses of a call (Calls API); the last five are final. */
export type CarrierCallStatus = "queued" | "ringing" | "in-progress" | "completed" | "busy" | "failed" | "no-answer" | "canceled";

/** A call as the carrier knows it now (Calls API fetch): what a lost final status callback would have told us. */
export type CarrierCall = {
  status: CarrierCallStatus;
  /** The carrier's duration in seconds (from the answer); null while the call is live. */
  durationSeconds: number | null;
  /** When the call ended; null while it is live. */
  endTime: Date | null;
};

export interface TelephonyPort {
  readonly provider: "TWILIO" | "EMULATOR";
  searchNumbers(search: NumberSearch): Promise<AvailableNumber[]>;
  /** Buys a number with its VoiceUrl and StatusCallback pointing at PUBLIC_URL; idempotent per number. */
  buyNumber(e164: string, friendlyName: string): Promise<OwnedNumber>;
  /** Takes over a number the account already owns (by its PN… sid) and points its webhooks at us. */
  attachNumber(sid: string, friendlyName: string): Promise<OwnedNumber>;
  releaseNumber(sid: string): Promise<void>;
  /** Moves a live call to new TwiML at `url` (Calls API update). */
  redirectCall(callSid: string, url: string): Promise<void>;
  /**
   * The call with this CallSid as the carrier knows it now, or null when the carrier has no such call (404).
   * Eventually consistent at Twilio: live state comes from callbacks; this is for calls whose last callback was lost.
   */
  fetchCall(callSid: string): Promise<CarrierCall | null>;
  /** Ends a live call. */
  endCall(callSid: string): Promise<void>;
  /**
   * Deletes a recording (RE… sid) from the carrier's storage, for the agency's retention setting. A recording the
   * carrier no longer has (deleted before, or an emulator restarted) counts as deleted: the goal is reached.
   */
  deleteRecording(recordingSid: string): Promise<void>;
  /** Sends a text message (Messages API); `statusCallback` hears "sent"/"delivered"/"failed". */
  sendSms(sms: { from: string; to: string; body: string; statusCallback: string }): Promise<{ sid: string }>;
  /** Emulator only (null from Twilio): places an inbound test call and returns its CallSid. */
  placeTestCall: ((request: TestCallRequest) => Promise<{ callSid: string }>) | null;
}
