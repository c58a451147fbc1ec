/**
 * Run by the stack after the seed (emulator mode): re-registers the database's emulator numbers with the
 * carrier emulator, which forgets everything on restart. Prints one line for the stack's log.
 */
import { db, disconnectDb } from "../server/db";
import { telephony } from "../server/telephony";
import { reconcileEmulatorNumbers } from "../server/telephony/reconcile";

async function main() {
  const { registered, failed } = await reconcileEmulatorNumbers(db, telephony());
  console.log(`carrier emulator: ${registered.length} number(s) registered${registered.length ? `: ${registered.join(", ")}` : ""}`);
  for (const f of failed) console.error(`carrier emulator: could not register ${f.e164}: ${f.error}`);
  await disconnectDb();
  if (failed.length) process.exit(1);
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDb();
  process.exit(1);
});
