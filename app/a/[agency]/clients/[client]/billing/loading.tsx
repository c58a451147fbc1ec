import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
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
