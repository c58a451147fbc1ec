import type { ReactNode } from "react";

/** A titled part of a section (e.g. "Weekly hours" inside "Hours & holidays"). */
export function SectionPart({ title, description, children, aside }: { title: ReactNode; description?: ReactNode; children: ReactNode; aside?: ReactNode }) {
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
          {description ? <p className="mt-0.5 text-sm text-zinc-500">{description}</p> : null}
        </div>
        {aside}
      </div>
      {children}
    </section>
  );
}
