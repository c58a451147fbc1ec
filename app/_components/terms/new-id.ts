/** A short id for a new list item (a step, an FAQ entry...): unique within the document, stable across versions. */
export function newItemId(prefix: string): string {
  const random = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `${prefix}_${random.replace(/-/g, "").slice(0, 8)}`;
}
