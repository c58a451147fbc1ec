import { Card } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <Card className="space-y-4 p-6" role="status" aria-busy="true">
      <Skeleton className="h-5 w-32" />
      {[0, 1, 2].map((i) => <Skeleton key={i} className="h-16 w-full" />)}
    </Card>
  );
}
