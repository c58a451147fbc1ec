import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import { toE164 } from "../lib/phone";
import { viaCarrier } from "../numbers/carrier-errors";
import type { TelephonyPort } from "../telephony/port";
import { testCallFields, type TestCallInput } from "./hotlines.schema";
import { findHotline, type ClientScope } from "./hotlines-read";

/**
 * "Place a test call": the emulator rings the hotline's first number as a caller would (Twilio cannot
 * place inbound calls for us, so the port offers this in emulator mode only). The call then goes through
 * the real call path, and the page follows it by its CallSid.
 */
export async function placeTestCall(db: Db, port: () => TelephonyPort, client: ClientScope & { country: string }, hotlineId: string, input: TestCallInput) {
  const hotline = await findHotline(db, client, hotlineId);
  const v = testCallFields.parse(input);
  const from = toE164(v.from, client.country);
  if (!from) throw new AppError("BAD_REQUEST", "hotlines.callerInvalid", { field: "from" });
  const number = hotline.numbers.find((n) => n.kind !== "FORWARDED");
  if (!number) throw new AppError("PRECONDITION_FAILED", "hotlines.noNumber");
  const place = port().placeTestCall;
  if (!place) throw new AppError("PRECONDITION_FAILED", "numbers.testCallsNeedEmulator");
  const { callSid } = await viaCarrier(() =>
    place({ to: number.e164, from, language: v.language, digits: v.digits || undefined, staySeconds: v.staySeconds, voicemailSeconds: Math.min(v.staySeconds, 20) }),
  );
  return { callSid, to: number.e164 };
}

/**
 * The test call as the call path recorded it so far (null until the voice webhook has run): its status
 * and its events in order. Scoped to the hotline, so a CallSid of another tenant finds nothing.
 */
export async function testCallStatus(db: Db, client: ClientScope, hotlineId: string, callSid: string) {
  const hotline = await findHotline(db, client, hotlineId);
  const call = await db.call.findFirst({
    where: { providerCallId: callSid, hotlineId: hotline.id, clientId: client.id, agencyId: client.agencyId },
    select: {
      id: true,
      status: true,
      route: true,
      startedAt: true,
      endedAt: true,
      waitSeconds: true,
      events: { select: { id: true, type: true, occurredAt: true, data: true }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!call) return null;
  return { ...call, events: call.events.map((e) => ({ ...e, id: e.id.toString() })) };
}
