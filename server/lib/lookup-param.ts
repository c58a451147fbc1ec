/**
 * Whether a value from a URL (a path segment or query parameter: slug, id) cannot name any row: too long,
 * or carrying U+0000, which PostgreSQL cannot even compare (the query failed and the route answered 500).
 * Route handlers answer such values as they answer an unknown one: 404.
 */
export function unusableLookup(...values: string[]): boolean {
  return values.some((v) => v.length > 200 || v.includes("\0"));
}
