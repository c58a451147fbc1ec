"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { EMPTY_FILTERS, filtersFromParams, paramsFromFilters, type CallFilterValues } from "./call-filters-params";

/**
 * The list's filters and page, read from and written to the address bar. `history.replaceState` updates
 * the URL (and useSearchParams) without a server round trip or a history entry per keystroke; the list
 * itself is fetched by the client query.
 */
export function useCallFilters() {
  const params = useSearchParams();
  const pathname = usePathname();
  const { filters, page } = useMemo(() => filtersFromParams(params), [params]);

  const go = useCallback(
    (next: CallFilterValues, nextPage: number) => {
      const query = paramsFromFilters(next, nextPage);
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );

  return {
    filters,
    page,
    /** Changing a filter goes back to the first page: page 3 of another result means nothing. */
    setFilters: useCallback((patch: Partial<CallFilterValues>) => go({ ...filters, ...patch }, 1), [go, filters]),
    setPage: useCallback((p: number) => go(filters, p), [go, filters]),
    clear: useCallback(() => go(EMPTY_FILTERS, 1), [go]),
  };
}
