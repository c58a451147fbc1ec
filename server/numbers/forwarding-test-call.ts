import type { Db } from "../db";
import { AppError } from "../lib/app-error";
import type { TelephonyPort } from "../telephony/port";
import { viaCarrier } from "./carrier-errors";

/** Who "calls" the client's line in a forwarding test: a caller somewhere else, as in real life. */
export const FORWARDING_TEST_CALLER = "+79161234567";

/**
 * Places an emulator call to our number as the client's carrier would forward it (ForwardedFrom = the
 * client's line). The call path marks the line verified when it arrives; the page polls the list.
 */
export async function testForwardedLine(db: Db, port: () => TelephonyPort, agencyId: string, numberId: string) {
  const line = await db.phoneNumber.findFirst({
    where: { id: numberId, agencyId, releasedAt: null, kind: "FORWARDED" },
    select: { e164: true, forwardsTo: { select: { e164: true, releasedAt: true, hotlineId: true } } },
  });
  if (!line) throw new AppError("NOT_FOUND", "numbers.notFound");
  if (!line.forwardsTo || line.forwardsTo.releasedAt) throw new AppError("PRECONDITION_FAILED", "numbers.targetNotFound");
  const place = port().placeTestCall;
  if (!place) throw new AppError("PRECONDITION_FAILED", "numbers.testCallsNeedEmulator");
  const to = line.forwardsTo.e164;
  const { callSid } = await viaCarrier(() => place({ to, from: FORWARDING_TEST_CALLER, forwardedFrom: line.e164, staySeconds: 5 }));
  return { callSid, routed: line.forwardsTo.hotlineId !== null };
}
