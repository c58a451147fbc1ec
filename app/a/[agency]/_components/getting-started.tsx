import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BriefcaseIcon, CheckIcon, CreditCardIcon, PhoneIcon, UserPlusIcon } from "@/app/_components/icons";
import { Badge } from "@/app/_components/ui/badge";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { cn } from "@/app/_lib/cn";

type Step = { key: string; icon: React.ReactNode; done: boolean; available: boolean; href?: string };

/**
 * The set-up checklist. Inviting the team and adding a client can be done today; the rest are shown as
 * coming soon rather than as links to pages that do not exist yet.
 */
export async function GettingStarted({ teamHref, hasTeam, clientHref, hasClient }: { teamHref: string; hasTeam: boolean; clientHref: string; hasClient: boolean }) {
  const t = await getTranslations("home.checklist");
  const steps: Step[] = [
    { key: "invite", icon: <UserPlusIcon />, done: hasTeam, available: true, href: teamHref },
    { key: "client", icon: <BriefcaseIcon />, done: hasClient, available: true, href: clientHref },
    { key: "hotline", icon: <PhoneIcon />, done: false, available: false },
    { key: "stripe", icon: <CreditCardIcon />, done: false, available: false },
  ];
  const done = steps.filter((s) => s.done).length;

  return (
    <Card>
      <CardHeader className="sm:flex-row sm:items-start sm:justify-between">
        <div>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription className="mt-1">{t("description")}</CardDescription>
        </div>
        <div className="mt-3 flex items-center gap-3 sm:mt-0 sm:w-40 sm:flex-col sm:items-end sm:gap-1.5">
          <span className="text-xs font-medium whitespace-nowrap text-zinc-500">{t("progress", { done, total: steps.length })}</span>
          <div
            className="h-1.5 w-full overflow-hidden rounded-full bg-zinc-100"
            role="progressbar"
            aria-label={t("title")}
            aria-valuemin={0}
            aria-valuemax={steps.length}
            aria-valuenow={done}
          >
            <div className="h-full rounded-full bg-indigo-600 transition-all" style={{ width: `${(done / steps.length) * 100}%` }} />
          </div>
        </div>
      </CardHeader>
      <ol className="mt-4 divide-y divide-zinc-100 border-t border-zinc-100">
        {steps.map((step) => (
          <li key={step.key} className={cn("flex items-start gap-4 px-5 py-4 sm:items-center sm:px-6", !step.available && "opacity-70")}>
            <span
              className={cn(
                "flex size-9 shrink-0 items-center justify-center rounded-full ring-1",
                step.done ? "bg-emerald-50 text-emerald-600 ring-emerald-600/20" : step.available ? "bg-indigo-50 text-indigo-600 ring-indigo-600/15" : "bg-zinc-50 text-zinc-400 ring-zinc-200",
              )}
            >
              {step.done ? <CheckIcon /> : step.icon}
            </span>
            <div className="min-w-0 flex-1 sm:flex sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <p className={cn("text-sm font-medium", step.done ? "text-zinc-500" : "text-zinc-900")}>
                  {t(`${step.key}.title`)}
                  {step.done ? <span className="sr-only"> ({t("done")})</span> : null}
                </p>
                <p className="mt-0.5 text-sm text-zinc-500">{t(`${step.key}.description`)}</p>
              </div>
              <div className="mt-2 shrink-0 sm:mt-0">
                {step.done ? (
                  <Badge tone="green">{t("done")}</Badge>
                ) : step.available && step.href ? (
                  <Link href={step.href} className={buttonClass({ size: "sm", variant: "secondary" })}>
                    {t(`${step.key}.action`)}
                  </Link>
                ) : (
                  <Badge>{t("comingSoon")}</Badge>
                )}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
