import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-busy="true">
      <Skeleton className="h-7 w-28" />
      <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      <div className="mt-8 flex gap-2">
        <Skeleton className="h-9 w-full sm:w-80" />
        <Skeleton className="ml-auto hidden h-8 w-48 sm:block" />
      </div>
      <div className="mt-3 hidden grid-cols-3 gap-3 sm:grid lg:grid-cols-6">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i}>
            <Skeleton className="h-3 w-12" />
            <Skeleton className="mt-1.5 h-9 w-full" />
          </div>
        ))}
      </div>
      <Skeleton className="mt-5 mb-3 h-4 w-20" />
      <Card className="divide-y divide-zinc-100">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="flex items-center gap-4 px-6 py-4">
            <Skeleton className="hidden h-8 w-16 sm:block" />
            <Skeleton className="h-4 w-40" />
            <Skeleton className="hidden h-4 w-32 md:block" />
            <Skeleton className="h-5 w-20" />
            <Skeleton className="ml-auto hidden h-4 w-24 sm:block" />
          </div>
        ))}
      </Card>
    </div>
  );
}
