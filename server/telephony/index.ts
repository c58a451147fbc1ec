import type { TelephonyPort } from "./port";

/**
 * The telephony port for this process: Twilio when TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are set, the
 * carrier emulator at CARRIER_EMULATOR_URL otherwise. (Implemented by the emulator/adapter work.)
 */
export function telephony(): TelephonyPort {
  throw new Error("telephony port not implemented yet");
}
export type { TelephonyPort } from "./port";
