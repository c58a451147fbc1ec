import { ChevronLeftIcon, ChevronRightIcon } from "@/app/_components/icons";
import { Button } from "./button";

/** Previous / next for a server-paginated list, with the range shown ("21–40 of 57"). */
export function Pagination({
  page,
  pageCount,
  onPage,
  labels,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  labels: { nav: string; range: string; previous: string; next: string };
}) {
  return (
    <nav aria-label={labels.nav} className="flex items-center justify-between gap-3 border-t border-zinc-100 px-5 py-3 text-sm text-zinc-500 sm:px-6">
      <p className="tabular-nums">{labels.range}</p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          <ChevronLeftIcon />
          <span className="sr-only sm:not-sr-only">{labels.previous}</span>
        </Button>
        <Button variant="secondary" size="sm" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
          <span className="sr-only sm:not-sr-only">{labels.next}</span>
          <ChevronRightIcon />
        </Button>
      </div>
    </nav>
  );
}
