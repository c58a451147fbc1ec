import type { Db } from "../db";
import type { TelephonyPort } from "./port";

/**
 * Makes the carrier emulator own every number the database says we hold there, with our webhooks. The
 * emulator keeps nothing on disk, so the stack runs this after every start (after the seed). Buying is
 * idempotent and the emulator derives a number's PN id from the number, so ids stay as stored; if one
 * differs anyway, the database follows the carrier.
 */
export async function reconcileEmulatorNumbers(db: Db, port: TelephonyPort): Promise<{ registered: string[]; failed: { e164: string; error: string }[] }> {
  if (port.provider !== "EMULATOR") return { registered: [], failed: [] };
  const numbers = await db.phoneNumber.findMany({
    where: { provider: "EMULATOR", releasedAt: null },
    select: { id: true, e164: true, friendlyName: true, providerSid: true },
    orderBy: { createdAt: "asc" },
  });
  const registered: string[] = [];
  const failed: { e164: string; error: string }[] = [];
  for (const number of numbers) {
    try {
      const owned = await port.buyNumber(number.e164, number.friendlyName ?? number.e164);
      if (owned.sid !== number.providerSid) await db.phoneNumber.update({ where: { id: number.id }, data: { providerSid: owned.sid } });
      registered.push(number.e164);
    } catch (error) {
      failed.push({ e164: number.e164, error: (error as Error).message });
    }
  }
  return { registered, failed };
}
