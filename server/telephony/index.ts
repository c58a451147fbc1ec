import { env } from "../env";
import { EMULATOR_ACCOUNT_SID } from "./emulator/sids";
import type { TelephonyPort } from "./port";
import { createTwilioPort } from "./twilio-port";

let cached: { key: string; port: TelephonyPort } | undefined;

/**
 * The telephony port for this process: Twilio when TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are set, the
 * carrier emulator at CARRIER_EMULATOR_URL otherwise (with its fixed account SID and TWILIO_AUTH_TOKEN).
 */
export function telephony(): TelephonyPort {
  const e = env();
  if (!e.TWILIO_AUTH_TOKEN) throw new Error("TWILIO_AUTH_TOKEN is not set: telephony needs it in both modes (npm start generates one)");
  const provider = e.TWILIO_ACCOUNT_SID ? "TWILIO" : "EMULATOR";
  const key = `${provider}|${e.TWILIO_ACCOUNT_SID ?? ""}|${e.CARRIER_EMULATOR_URL}`;
  if (cached?.key !== key) {
    cached = {
      key,
      port: createTwilioPort({
        provider, authToken: e.TWILIO_AUTH_TOKEN, accountSid: e.TWILIO_ACCOUNT_SID ?? EMULATOR_ACCOUNT_SID,
        emulatorUrl: provider === "EMULATOR" ? e.CARRIER_EMULATOR_URL : undefined,
      }),
    };
  }
  return cached.port;
}

/** Which provider telephony() talks to, without building a client. */
export const telephonyProvider = (): "TWILIO" | "EMULATOR" => (env().TWILIO_ACCOUNT_SID ? "TWILIO" : "EMULATOR");
export type { TelephonyPort } from "./port";
