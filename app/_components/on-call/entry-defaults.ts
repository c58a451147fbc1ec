import { addDays, instantToLocal } from "@/server/oncall/local-time";
import { entryToInput, type OnCallEntryInput } from "@/server/oncall/oncall.schema";
import type { RosterEntry } from "./on-call-api";

/**
 * What the add form starts with: an evening-to-morning shift (the usual on-call shape), from 18:00 on
 * the chosen day, or from the next full hour when it is already evening there today.
 */
export function newEntryDefaults(timeZone: string, day: string | undefined, now: Date): OnCallEntryInput {
  const local = instantToLocal(now, timeZone);
  const date = day && day > local.date ? day : local.date;
  const hour = Number(local.time.slice(0, 2));
  const startTime = date > local.date || hour < 18 ? "18:00" : `${String(Math.min(hour + 1, 23)).padStart(2, "0")}:00`;
  return {
    personName: "",
    phone: "",
    email: "",
    startDate: date,
    startTime,
    endDate: addDays(date, 1),
    endTime: "09:00",
    escalationOrder: "1",
    note: "",
  };
}

export function editEntryDefaults(entry: RosterEntry, timeZone: string): OnCallEntryInput {
  const input = entryToInput(entry, timeZone);
  return { ...input, escalationOrder: String(input.escalationOrder) };
}
