import { CALL_ROUTES, CALL_STATUSES } from "@/server/call-log/call-status";
import type { CallRoute, CallStatus } from "@/server/generated/prisma/enums";

/**
 * The list's filters as they live in the address bar (?from=2026-03-01&status=ABANDONED&page=2), so a
 * filtered view can be bookmarked and shared. Unknown statuses and routes are dropped here; dates and the
 * caller search are kept as typed and checked by the shared schema, which explains what is wrong.
 */
export type CallFilterValues = {
  from: string;
  to: string;
  client: string;
  hotline: string;
  status: CallStatus | "";
  route: CallRoute | "";
  caller: string;
};
export const FILTER_KEYS = ["from", "to", "client", "hotline", "status", "route", "caller"] as const satisfies readonly (keyof CallFilterValues)[];
export const EMPTY_FILTERS: CallFilterValues = { from: "", to: "", client: "", hotline: "", status: "", route: "", caller: "" };

type ParamsLike = { get(name: string): string | null };

export function filtersFromParams(params: ParamsLike): { filters: CallFilterValues; page: number } {
  const text = (key: string) => (params.get(key) ?? "").slice(0, 100);
  const status = text("status");
  const route = text("route");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    filters: {
      from: text("from"),
      to: text("to"),
      client: text("client"),
      hotline: text("hotline"),
      status: (CALL_STATUSES as readonly string[]).includes(status) ? (status as CallStatus) : "",
      route: (CALL_ROUTES as readonly string[]).includes(route) ? (route as CallRoute) : "",
      caller: text("caller"),
    },
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: CallFilterValues, page: number): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (page > 1) params.set("page", String(page));
  return params.toString();
}

/** The filters as the procedure takes them: empty fields left out. */
export function queryFilters(filters: CallFilterValues) {
  return Object.fromEntries(FILTER_KEYS.filter((k) => filters[k]).map((k) => [k, filters[k].trim()])) as Partial<Record<(typeof FILTER_KEYS)[number], string>>;
}

export function activeFilterCount(filters: CallFilterValues): number {
  return FILTER_KEYS.filter((k) => filters[k]).length;
}
