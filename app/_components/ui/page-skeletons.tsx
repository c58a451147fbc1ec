import { Card } from "./card";
import { Skeleton } from "./skeleton";

/** Loading state of a full page: title, description, a toolbar and a list of rows. */
export function ListPageSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <Skeleton className="h-7 w-32" />
      <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      <Skeleton className="mt-8 h-9 w-full" />
      <Card className="mt-6 divide-y divide-zinc-100">
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="flex items-center gap-4 px-6 py-4">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="ml-auto h-4 w-16" />
            <Skeleton className="hidden h-4 w-16 sm:block" />
            <Skeleton className="hidden h-4 w-16 md:block" />
          </div>
        ))}
      </Card>
    </div>
  );
}

/** Loading state of a tab inside a client's page: a heading with an action, a banner and two cards. */
export function TabSectionSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-6">
      <div className="flex items-end justify-between">
        <div>
          <Skeleton className="h-6 w-32" />
          <Skeleton className="mt-2 h-4 w-80 max-w-full" />
        </div>
        <Skeleton className="h-9 w-32" />
      </div>
      <Skeleton className="h-14 w-full" />
      <Card className="divide-y divide-zinc-100">
        {[0, 1].map((i) => (
          <div key={i} className="px-6 py-4">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="mt-2 h-3 w-64 max-w-full" />
          </div>
        ))}
      </Card>
    </div>
  );
}
