import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const TONES: Record<string, BadgeTone> = { ONBOARDING: "sky", ACTIVE: "green", SUSPENDED: "amber", ENDED: "neutral" };
const DOTS: Record<string, string> = { ONBOARDING: "bg-sky-500", ACTIVE: "bg-emerald-500", SUSPENDED: "bg-amber-500", ENDED: "bg-zinc-400" };

/** A client's status as a coloured badge; works in server and client components alike. */
export function ClientStatusBadge({ status }: { status: string }) {
  const t = useTranslations("clients.status");
  return (
    <Badge tone={TONES[status] ?? "neutral"}>
      <span className={`size-1.5 rounded-full ${DOTS[status] ?? "bg-zinc-400"}`} aria-hidden="true" />
      {t.has(status as never) ? t(status as never) : status}
    </Badge>
  );
}
