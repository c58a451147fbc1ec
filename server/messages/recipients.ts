import { ON_CALL } from "../terms/terms.schema";

export type Channel = "EMAIL" | "SMS";
export type Person = { name: string; email: string | null; phone: string | null };
export type Recipient = { name: string; address: string | null; source: "CONTACT" | "ON_CALL" };

/** The address a person is reached at on a channel (null: they have none, the message fails visibly). */
export const addressOf = (p: Person, channel: Channel) => (channel === "EMAIL" ? p.email : p.phone) || null;

/**
 * Who gets an outcome's summary: the listed client contacts (in the rule's order; an id that is no longer
 * a contact of the client is dropped) and, for ON_CALL, the first person on call at that moment. The same
 * address is messaged once even when a contact is also on call.
 */
export function resolveRecipients(
  rule: { recipients: readonly string[]; channel: Channel },
  contacts: ReadonlyMap<string, Person>,
  onCall: readonly Person[],
): Recipient[] {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  for (const id of rule.recipients) {
    const person = id === ON_CALL ? onCall[0] : contacts.get(id);
    if (!person) continue;
    const address = addressOf(person, rule.channel);
    const key = address ?? `name:${person.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: person.name, address, source: id === ON_CALL ? "ON_CALL" : "CONTACT" });
  }
  return out;
}

/** The next person along the on-call order who has not been messaged about this call yet (by address). */
export function nextOnCall(onCall: readonly Person[], channel: Channel, alreadyMessaged: ReadonlySet<string>): (Person & { address: string }) | null {
  for (const p of onCall) {
    const address = addressOf(p, channel);
    if (address && !alreadyMessaged.has(address)) return { ...p, address };
  }
  return null;
}
