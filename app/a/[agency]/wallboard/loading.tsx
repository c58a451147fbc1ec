/** The dark board's frame while the first snapshot loads. */
export default function Loading() {
  return (
    <div role="status" aria-busy="true" className="fixed inset-x-0 top-14 bottom-0 z-20 bg-zinc-950 px-4 py-6 sm:px-6 md:left-56 lg:left-60 lg:px-10 lg:py-8">
      <div className="h-9 w-48 animate-pulse rounded bg-white/10" />
      <div className="mt-8 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-52 animate-pulse rounded-xl bg-white/5" />
        ))}
      </div>
      <div className="mt-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-xl bg-white/5" />
        ))}
      </div>
    </div>
  );
}
