/** Colours a wall reads from across the room: green free, red busy, amber wrap-up, sky break, grey off. */
export const PRESENCE_STYLE: Record<string, { dot: string; ring: string; text: string }> = {
  AVAILABLE: { dot: "bg-emerald-400", ring: "ring-emerald-400/40 bg-emerald-400/10", text: "text-emerald-300" },
  ON_CALL: { dot: "bg-rose-400", ring: "ring-rose-400/40 bg-rose-400/10", text: "text-rose-300" },
  WRAP_UP: { dot: "bg-amber-400", ring: "ring-amber-400/40 bg-amber-400/10", text: "text-amber-300" },
  BREAK: { dot: "bg-sky-400", ring: "ring-sky-400/40 bg-sky-400/10", text: "text-sky-300" },
  OFFLINE: { dot: "bg-zinc-500", ring: "ring-white/10 bg-white/[0.03]", text: "text-zinc-400" },
};

export const presenceStyle = (state: string) => PRESENCE_STYLE[state] ?? PRESENCE_STYLE.OFFLINE!;
