import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-busy="true">
      <Skeleton className="h-7 w-40" />
      <Skeleton className="mt-2 h-4 w-96 max-w-full" />
      <div className="mt-8 mb-3 flex flex-wrap gap-2">
        <Skeleton className="h-9 w-36" />
        <Skeleton className="h-9 w-36" />
        <Skeleton className="h-9 w-44" />
      </div>
      <Card className="divide-y divide-zinc-100">
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex items-center gap-4 px-6 py-4">
            <Skeleton className="size-9 rounded-lg" />
            <Skeleton className="h-4 w-44" />
            <Skeleton className="h-5 w-20" />
            <Skeleton className="ml-auto hidden h-4 w-32 sm:block" />
          </div>
        ))}
      </Card>
    </div>
  );
}
