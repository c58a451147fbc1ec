import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

/** While a documents page loads: a heading and a few table rows. */
export function DocumentsSkeleton({ withPageHeader = false }: { withPageHeader?: boolean }) {
  return (
    <div role="status" aria-busy="true" className="space-y-6">
      {withPageHeader ? (
        <div>
          <Skeleton className="h-7 w-40" />
          <Skeleton className="mt-2 h-4 w-96 max-w-full" />
        </div>
      ) : null}
      <div className="flex items-end justify-between gap-4">
        <div>
          <Skeleton className="h-6 w-36" />
          <Skeleton className="mt-2 h-4 w-72 max-w-full" />
        </div>
        <Skeleton className="hidden h-9 w-36 sm:block" />
      </div>
      <Card className="divide-y divide-zinc-100">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="flex items-center gap-4 px-4 py-4 sm:px-6">
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-48 max-w-full" />
              <Skeleton className="h-3 w-28" />
            </div>
            <Skeleton className="hidden h-4 w-44 md:block" />
            <Skeleton className="h-5 w-24" />
            <Skeleton className="size-8" />
          </div>
        ))}
      </Card>
    </div>
  );
}
