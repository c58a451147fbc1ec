import twilio from "twilio";
import { placeEmulatorTestCall } from "./emulator-control";
import { EmulatorRequestClient } from "./emulator-request-client";
import type { AvailableNumber, CarrierCallStatus, OwnedNumber, TelephonyPort } from "./port";
import { numberWebhooks } from "./webhook-urls";

export type TwilioPortOptions = {
  provider: "TWILIO" | "EMULATOR";
  accountSid: string;
  authToken: string;
  /** EMULATOR: where the carrier emulator listens. */
  emulatorUrl?: string;
};

const isNotFound = (error: unknown) => typeof error === "object" && error !== null && (error as { status?: unknown }).status === 404;

/**
 * TelephonyPort on the real `twilio` package, for Twilio itself and for the carrier emulator (same client,
 * requests re-hosted by EmulatorRequestClient). Every number we own points its voice and status webhooks at
 * PUBLIC_URL, so (re)buying or attaching a number also (re)points it.
 */
export function createTwilioPort(options: TwilioPortOptions): TelephonyPort {
  const emulatorUrl = options.emulatorUrl;
  if (options.provider === "EMULATOR" && !emulatorUrl) throw new Error("the emulator port needs emulatorUrl");
  const client = twilio(options.accountSid, options.authToken, emulatorUrl && options.provider === "EMULATOR" ? { httpClient: new EmulatorRequestClient(emulatorUrl) } : {});
  const webhooks = () => {
    const { voiceUrl, statusCallback } = numberWebhooks();
    return { voiceUrl, voiceMethod: "POST", statusCallback, statusCallbackMethod: "POST" };
  };
  const owned = (n: { sid: string; phoneNumber: string; friendlyName: string | null }): OwnedNumber => ({ sid: n.sid, e164: n.phoneNumber, friendlyName: n.friendlyName || null });

  return {
    provider: options.provider,
    async searchNumbers({ country, kind, contains, limit = 20 }): Promise<AvailableNumber[]> {
      const list = client.availablePhoneNumbers(country.toUpperCase());
      const query = { voiceEnabled: true, limit, ...(contains ? { contains } : {}) };
      const found = kind === "TOLL_FREE" ? await list.tollFree.list(query) : await list.local.list(query);
      return found.map((n) => ({ e164: n.phoneNumber, kind, locality: n.locality || null }));
    },
    async buyNumber(e164, friendlyName) {
      // Idempotent: a retry after a lost answer, or a re-registration after an emulator restart, finds the number.
      const [existing] = await client.incomingPhoneNumbers.list({ phoneNumber: e164, limit: 1 });
      if (existing) return owned(await client.incomingPhoneNumbers(existing.sid).update({ friendlyName, ...webhooks() }));
      return owned(await client.incomingPhoneNumbers.create({ phoneNumber: e164, friendlyName, ...webhooks() }));
    },
    async attachNumber(sid, friendlyName) {
      return owned(await client.incomingPhoneNumbers(sid).update({ friendlyName, ...webhooks() }));
    },
    async releaseNumber(sid) {
      try {
        await client.incomingPhoneNumbers(sid).remove();
      } catch (error) {
        // Already released (a retry, or released in the console): the goal is reached.
        if (!isNotFound(error)) throw error;
      }
    },
    async redirectCall(callSid, url) {
      await client.calls(callSid).update({ url, method: "POST" });
    },
    async fetchCall(callSid) {
      try {
        // GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json: duration is a string of seconds, end_time RFC 2822.
        const call = await client.calls(callSid).fetch();
        const seconds = call.duration === null || call.duration === undefined || call.duration === "" ? NaN : Number(call.duration);
        const ended = call.endTime instanceof Date && !Number.isNaN(call.endTime.getTime()) ? call.endTime : null;
        return { status: call.status as CarrierCallStatus, durationSeconds: Number.isInteger(seconds) && seconds >= 0 ? seconds : null, endTime: ended };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async endCall(callSid) {
      await client.calls(callSid).update({ status: "completed" });
    },
    async deleteRecording(recordingSid) {
      try {
        // DELETE /2010-04-01/Accounts/{AccountSid}/Recordings/{Sid}.json answers 204.
        await client.recordings(recordingSid).remove();
      } catch (error) {
        // Deleted already (a redelivered outbox event, or removed in the console): the goal is reached.
        if (!isNotFound(error)) throw error;
      }
    },
    async sendSms({ from, to, body, statusCallback }) {
      const sent = await client.messages.create({ from, to, body, statusCallback });
      return { sid: sent.sid };
    },
    placeTestCall: options.provider === "EMULATOR" && emulatorUrl ? (request) => placeEmulatorTestCall(emulatorUrl, request) : null,
  };
}
