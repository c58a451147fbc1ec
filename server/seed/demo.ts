import type { Db } from "../db";
import { hashPassword } from "../auth/password";
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { seedDemoBilling } from "./demo-billing";
import { seedDemoClients } from "./demo-clients";
import { seedDemoOperators } from "./demo-operators";
import { seedDemoPresence } from "./demo-presence";
import { seedDemoTelephony } from "./demo-telephony";
import { addMember, makeAgency, makeUser } from "./factories";
import { rebuildRollups } from "../reports/rollups";

export { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS };

/** Seeds the demo when the database holds no agency yet (a real deployment's data is never touched). */
export async function seedDemo(db: Db): Promise<boolean> {
  if ((await db.agency.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { agency, owner } = await db.$transaction(async (tx) => {
    const agency = await makeAgency(tx, { ...DEMO_AGENCY, timezone: "Europe/Moscow", currency: "RUB", locale: "en" });
    let owner: { id: string; name: string } | undefined;
    for (const u of DEMO_USERS) {
      const user = await makeUser(tx, { email: u.email, name: u.name, passwordHash });
      await addMember(tx, agency.id, user.id, u.role);
      if (u.role === "OWNER") owner ??= user;
    }
    return { agency, owner: owner! };
  });
  // The services each run their own transaction (and queue their e-mails), as in the product.
  await seedDemoClients({ db, agency, owner, passwordHash });
  const operators = await db.agencyMember.findMany({ where: { agencyId: agency.id, role: "OPERATOR" }, select: { userId: true } });
  await seedDemoTelephony(db, agency, operators.map((o) => o.userId));
  await seedDemoOperators(db, agency.id);
  await seedDemoPresence(db, agency); // shifts matching the past calls: occupancy on the demo
  await rebuildRollups(db, { agencyId: agency.id }); // the past calls were written directly: fill their rollups
  await seedDemoBilling(db, agency.id); // Stripe (fake) connected, Aurora Dental's plan, this period's calls rated
  return true;
}
