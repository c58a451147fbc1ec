/**
 * IANA time zones, as the JavaScript engine knows them (Intl.supportedValuesOf). Engines list canonical
 * names and disagree on a few renamings (Europe/Kiev vs Europe/Kyiv), so a zone the engine resolves to a
 * listed one is accepted too; UTC is accepted although engines leave it out of the list.
 */
let zones: ReadonlySet<string> | undefined;

export function timeZones(): string[] {
  return [...zoneSet()];
}

function zoneSet(): ReadonlySet<string> {
  zones ??= new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  return zones;
}

/** The zone's name as this engine lists it ("utc" -> "UTC", an alias -> its canonical name), or null when unknown. */
export function canonicalTimeZone(value: string): string | null {
  if (zoneSet().has(value)) return value;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
    return zoneSet().has(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

export function isTimeZone(value: string): boolean {
  return canonicalTimeZone(value) !== null;
}
