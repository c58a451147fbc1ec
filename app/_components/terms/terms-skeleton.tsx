import { Card, CardContent } from "@/app/_components/ui/card";
import { Skeleton } from "@/app/_components/ui/skeleton";

/** While a terms page loads: a header, a list or a form, and the preview column. */
export function TermsSkeleton({ withPreview = false }: { withPreview?: boolean }) {
  return (
    <div role="status" aria-busy="true" className="space-y-6">
      <div>
        <Skeleton className="h-6 w-56" />
        <Skeleton className="mt-2 h-4 w-80 max-w-full" />
      </div>
      <div className={withPreview ? "grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" : undefined}>
        <Card>
          <CardContent className="space-y-4">
            <Skeleton className="h-8 w-full" />
            {[0, 1, 2, 3].map((i) => (
              <div key={i} className="space-y-2">
                <Skeleton className="h-4 w-32" />
                <Skeleton className="h-9 w-full" />
              </div>
            ))}
          </CardContent>
        </Card>
        {withPreview ? <Skeleton className="hidden h-96 rounded-xl lg:block" /> : null}
      </div>
    </div>
  );
}
