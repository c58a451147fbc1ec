import { randomBytes, randomInt } from "node:crypto";
import { db } from "@/server/db";
import { makeCallRow } from "../../support/calls";
import type { DomainCases } from "./world";

/** The delivery trail: a call of another agency, a client's messages seen from another client. */
export const cases: DomainCases = async ({ victim, victimClient }) => {
  const hotline = await db.hotline.create({ data: { agencyId: victim.agency.id, clientId: victimClient.id, name: "Victim msg line" }, select: { id: true, name: true, clientId: true } });
  const number = await db.phoneNumber.create({ data: { agencyId: victim.agency.id, hotlineId: hotline.id, e164: `+7495${randomInt(1_000_000, 10_000_000)}`, kind: "LOCAL", provider: "EMULATOR", providerSid: `PN${randomBytes(16).toString("hex")}` }, select: { id: true, e164: true } });
  const call = await makeCallRow({ ...hotline, agencyId: victim.agency.id, number });
  await db.message.create({
    data: { agencyId: victim.agency.id, clientId: victimClient.id, callId: call.id, channel: "EMAIL", recipientName: "Victim", recipient: "victim@x.test", subject: "s", body: "b" },
  });
  return {
    "message.byCall": { kind: "agency", withOwnSlug: true, call: (c, s) => c.message.byCall({ agencySlug: s.agencySlug, callId: call.id }) },
    "message.list": { kind: "portal", call: (c, s) => c.message.list({ clientSlug: s.clientSlug }) },
  };
};
