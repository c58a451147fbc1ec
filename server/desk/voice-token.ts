import twilio from "twilio";
import { env } from "../env";

const TOKEN_TTL_SECONDS = 3600;

/** The browser's identity at Twilio: <Dial><Client>op_<userId></Client> rings this operator. */
export const voiceIdentity = (userId: string) => `op_${userId}`;

/**
 * A Twilio Voice SDK access token for the operator's browser, in Twilio mode with an API key. Null in
 * emulator mode (or without a key): the audio is simulated by the carrier emulator, and the desk says so.
 */
export function voiceToken(userId: string): { token: string; identity: string; expiresInSeconds: number } | null {
  const e = env();
  if (!e.TWILIO_ACCOUNT_SID || !e.TWILIO_API_KEY_SID || !e.TWILIO_API_KEY_SECRET) return null;
  const { AccessToken } = twilio.jwt;
  const identity = voiceIdentity(userId);
  const token = new AccessToken(e.TWILIO_ACCOUNT_SID, e.TWILIO_API_KEY_SID, e.TWILIO_API_KEY_SECRET, { identity, ttl: TOKEN_TTL_SECONDS });
  token.addGrant(new AccessToken.VoiceGrant({ incomingAllow: true }));
  return { token: token.toJwt(), identity, expiresInSeconds: TOKEN_TTL_SECONDS };
}
