import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

/** The roster page while it loads: the same blocks as the page, so nothing jumps when it arrives. */
export function OnCallSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-8">
      <div>
        <Skeleton className="h-6 w-44" />
        <Skeleton className="mt-2 h-4 w-96 max-w-full" />
        <Skeleton className="mt-3 h-4 w-56" />
      </div>
      <Card className="space-y-3 p-5">
        <Skeleton className="h-4 w-28" />
        <div className="flex items-center gap-3">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3 w-64 max-w-full" />
          </div>
        </div>
      </Card>
      <div className="space-y-3">
        <Skeleton className="h-5 w-52" />
        <Card className="divide-y divide-zinc-100">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="flex gap-4 px-5 py-4">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="size-6 rounded-full" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-4 w-1/3" />
                <Skeleton className="h-3 w-1/2" />
              </div>
            </div>
          ))}
        </Card>
      </div>
    </div>
  );
}
