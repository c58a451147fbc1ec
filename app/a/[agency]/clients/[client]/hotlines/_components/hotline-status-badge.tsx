import { useTranslations } from "next-intl";
import { Badge } from "@/app/_components/ui/badge";

export function HotlineStatusBadge({ status }: { status: "ACTIVE" | "PAUSED" }) {
  const t = useTranslations("hotlines.status");
  return <Badge tone={status === "ACTIVE" ? "green" : "amber"}>{t(status)}</Badge>;
}
