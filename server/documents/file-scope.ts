/**
 * Where an uploaded file belongs: the agency itself or one of its clients. The scope is part of the
 * storage key (`agencies/<agencyId>/agency/<id>` or `agencies/<agencyId>/clients/<clientId>/<id>`), so a
 * file uploaded for one client can only be attached to that client's documents and read by its users,
 * and a bucket can be cleaned or exported per tenant by prefix.
 */
export type FileScope = { agencyId: string; clientId: string | null };

const SEGMENT = /^[A-Za-z0-9_-]+$/;

export function scopePrefix(scope: FileScope): string {
  for (const part of [scope.agencyId, scope.clientId ?? "agency"]) if (!SEGMENT.test(part)) throw new Error(`bad scope id ${part}`);
  return scope.clientId ? `agencies/${scope.agencyId}/clients/${scope.clientId}/` : `agencies/${scope.agencyId}/agency/`;
}

export function storageKeyFor(scope: FileScope, objectId: string): string {
  if (!SEGMENT.test(objectId)) throw new Error(`bad object id ${objectId}`);
  return `${scopePrefix(scope)}${objectId}`;
}

/** The scope a storage key was made for, or null for a key not made by storageKeyFor. */
export function scopeOfKey(key: string): FileScope | null {
  const agency = /^agencies\/([A-Za-z0-9_-]+)\/agency\/[A-Za-z0-9_-]+$/.exec(key);
  if (agency) return { agencyId: agency[1]!, clientId: null };
  const client = /^agencies\/([A-Za-z0-9_-]+)\/clients\/([A-Za-z0-9_-]+)\/[A-Za-z0-9_-]+$/.exec(key);
  if (client) return { agencyId: client[1]!, clientId: client[2]! };
  return null;
}
