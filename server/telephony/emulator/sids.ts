import { createHash, randomBytes } from "node:crypto";

/** The emulator's fixed account: the app's emulator mode uses it as TWILIO_ACCOUNT_SID. */
export const EMULATOR_ACCOUNT_SID = "AC00000000000000000000000000000e17";

/** A fresh Twilio-style id: two letters and 32 hex digits (CA…, RE…, QU…). */
export const newSid = (prefix: string) => `${prefix}${randomBytes(16).toString("hex")}`;

/**
 * A number's PN id is derived from the number itself, so that buying it again after the emulator restarted
 * (it keeps nothing on disk) gives the id the database already holds. Same derivation as the demo seed.
 */
export const numberSid = (e164: string) => `PN${createHash("sha256").update(e164).digest("hex").slice(0, 32)}`;

/** A queue's QU id, stable per queue name. */
export const queueSid = (name: string) => `QU${createHash("sha256").update(`queue:${name}`).digest("hex").slice(0, 32)}`;

/** Twilio's REST dates: RFC 2822 with a numeric zone ("Tue, 31 Aug 2010 20:36:28 +0000"). */
export const rfc2822 = (date: Date) => date.toUTCString().replace("GMT", "+0000");
