import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowRightIcon, CheckIcon, CircleIcon, ClockIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { cn } from "@/app/_lib/cn";
import type { ChecklistItem } from "@/server/clients/checklist";

const LEVEL_TONE = { required: "red", recommended: "indigo", later: "neutral" } as const;

/**
 * The onboarding checklist: each item says whether it is required to go ACTIVE, recommended or coming
 * later, and why it matters; open items link to the tab where they are done.
 */
export async function OnboardingChecklist({ items, base, canManage, status }: { items: ChecklistItem[]; base: string; canManage: boolean; status: string }) {
  const t = await getTranslations("clients.checklist");
  const counted = items.filter((i) => i.level !== "later");
  const done = counted.filter((i) => i.done).length;
  const detail = (item: ChecklistItem): string | null => {
    if (item.done) return item.pendingOnly ? t("detail.usersPending") : null;
    if (item.key === "details" && item.gaps?.length) return t("detail.gaps", { list: item.gaps.map((g) => t(`gaps.${g}`)).join(", ") });
    if (item.key === "terms") return t(`detail.terms.${item.termsState ?? "NONE"}`);
    return null;
  };

  return (
    <Card>
      <CardHeader className="sm:flex-row sm:items-start sm:justify-between">
        <div>
          <CardTitle>{status === "ONBOARDING" ? t("title") : t("titleAfter")}</CardTitle>
          <CardDescription className="mt-1">{t("description")}</CardDescription>
        </div>
        <span className="mt-2 text-xs font-medium whitespace-nowrap text-zinc-500 sm:mt-0">{t("progress", { done, total: counted.length })}</span>
      </CardHeader>
      <ol className="mt-4 divide-y divide-zinc-100 border-t border-zinc-100">
        {items.map((item) => {
          const href = item.tab && (item.tab !== "users" || canManage) ? (item.tab === "details" ? `${base}/details` : `${base}/${item.tab}`) : null;
          const note = detail(item);
          return (
            <li key={item.key} className={cn("flex items-start gap-4 px-5 py-4 sm:px-6", item.level === "later" && "opacity-75")}>
              <span
                className={cn(
                  "mt-0.5 flex size-8 shrink-0 items-center justify-center rounded-full ring-1",
                  item.done ? "bg-emerald-50 text-emerald-600 ring-emerald-600/20" : item.level === "later" ? "bg-zinc-50 text-zinc-400 ring-zinc-200" : item.level === "required" ? "bg-amber-50 text-amber-600 ring-amber-600/20" : "bg-indigo-50 text-indigo-600 ring-indigo-600/15",
                )}
                aria-hidden="true"
              >
                {item.done ? <CheckIcon className="size-4" /> : item.level === "later" ? <ClockIcon className="size-4" /> : <CircleIcon className="size-4" />}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className={cn("text-sm font-medium", item.done ? "text-zinc-500" : "text-zinc-900")}>{t(`items.${item.key}.title`)}</p>
                  <Badge tone={item.done ? "green" : LEVEL_TONE[item.level]}>{item.done ? t("done") : t(`levels.${item.level}`)}</Badge>
                </div>
                <p className="mt-1 text-sm text-zinc-500">{t(`items.${item.key}.why`)}</p>
                {note ? <p className={cn("mt-1 text-sm", item.done ? "text-zinc-500" : "font-medium text-amber-700")}>{note}</p> : null}
              </div>
              {href && !item.done ? (
                <Link href={href} className="mt-0.5 inline-flex shrink-0 items-center gap-1 text-sm font-medium text-indigo-600 hover:text-indigo-500">
                  <span className="hidden sm:inline">{t(`items.${item.key}.action`)}</span>
                  <span className="sr-only sm:hidden">{t(`items.${item.key}.action`)}</span>
                  <ArrowRightIcon className="size-4" />
                </Link>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="border-t border-zinc-100 px-5 py-3 text-xs text-zinc-500 sm:px-6">{t("legend")}</p>
    </Card>
  );
}
