import { disconnectDb, db } from "../server/db";
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../server/seed/demo";

/** `npm run db:seed` and `npm start`: the demo agency, only into a database that holds no agency yet. */
async function main() {
  const created = await seedDemo(db);
  console.log(created ? `Seeded ${DEMO_AGENCY.name} (/a/${DEMO_AGENCY.slug}).` : "The database already holds data: demo seed skipped.");
  if (created) for (const u of DEMO_USERS) console.log(`  ${u.role.padEnd(10)} ${u.email} / ${DEMO_PASSWORD}`);
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
