import { db } from "@/server/db";
import { emptyTermsDocument } from "@/server/terms/template";
import type { TermsDocument } from "@/server/terms/terms.schema";
import { makeCallRow, makeHotlineRow } from "./calls";
import { uid } from "./tenants";

type Delivery = TermsDocument["outcomes"][number]["delivery"];

/**
 * A client with two contacts and a roster of three people on call now (orders 1, 2, 3), a hotline, an
 * answered call, and terms whose outcome "CALLBACK" delivers by `delivery` (recipients given by name:
 * "anna"/"boris" are the contacts, "ON_CALL" the roster).
 */
export async function messagingFixture(agencyId: string, delivery: Omit<Delivery, "recipients"> & { recipients: ("anna" | "boris" | "ON_CALL")[] }) {
  const tag = uid();
  const client = await db.client.create({
    data: { agencyId, slug: `msg-${tag}`, name: `Aurora ${tag}`, locale: "en", timezone: "Europe/Moscow" },
    select: { id: true, slug: true, name: true },
  });
  const anna = await db.clientContact.create({ data: { agencyId, clientId: client.id, name: "Anna Contact", email: `anna-${tag}@client.test`, phone: "+79160000001" } });
  const boris = await db.clientContact.create({ data: { agencyId, clientId: client.id, name: "Boris Contact", email: `boris-${tag}@client.test`, phone: null } });
  const now = Date.now();
  const onCall = [];
  for (const [i, name] of ["Olga First", "Pavel Second", "Rita Third"].entries()) {
    onCall.push(
      await db.onCallEntry.create({
        data: {
          agencyId, clientId: client.id, personName: name, email: `oncall${i + 1}-${tag}@client.test`, phone: `+7916000010${i}`,
          startsAt: new Date(now - 3_600_000), endsAt: new Date(now + 86_400_000), escalationOrder: i + 1,
        },
      }),
    );
  }
  const hotline = await makeHotlineRow(agencyId, client.id);
  const call = await db.call.findUniqueOrThrow({ where: { id: (await makeCallRow(hotline, { formData: { name: "Ivan", urgent_issue: true }, notes: "Tooth ache" })).id } });
  const ids = { anna: anna.id, boris: boris.id, ON_CALL: "ON_CALL" };
  const doc = emptyTermsDocument("en", { hotlineName: "Aurora" });
  const terms: TermsDocument = {
    ...doc,
    form: { fields: [{ key: "name", label: "Name", type: "TEXT", required: true }, { key: "urgent_issue", label: "Urgent issue", type: "CHECKBOX", required: false }] } as TermsDocument["form"],
    outcomes: [{ code: "CALLBACK", label: "Call back", delivery: { ...delivery, recipients: delivery.recipients.map((r) => ids[r]) } }],
  };
  return { client, anna, boris, onCall, hotline, call, terms };
}
