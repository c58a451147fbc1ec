import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div role="status" aria-busy="true">
      <Skeleton className="h-7 w-24" />
      <Skeleton className="mt-2 h-4 w-80 max-w-full" />
      <Skeleton className="mt-8 h-10 w-72 max-w-full" />
      <div className="mt-5 grid gap-5 lg:grid-cols-5">
        <Card className="flex flex-col items-center gap-3 p-12 lg:col-span-3">
          <Skeleton className="size-11 rounded-full" />
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-4 w-64 max-w-full" />
        </Card>
        <Card className="space-y-3 p-6 lg:col-span-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </Card>
      </div>
    </div>
  );
}
