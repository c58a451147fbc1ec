"use client";

import { useTranslations } from "next-intl";
import { AlertCircleIcon } from "@/app/_components/icons";
import { Card } from "@/app/_components/ui/card";
import type { RosterPerson } from "./on-call-api";
import { EscalationBadge } from "./escalation-badge";
import { PersonContacts } from "./person-contacts";
import { useRosterFormat } from "./use-roster-format";

/** Who would be called right now, in escalation order: the first thing a supervisor looks for. */
export function OnCallNow({ people, timeZone }: { people: RosterPerson[]; timeZone: string }) {
  const t = useTranslations("oncall.now");
  const f = useRosterFormat(timeZone);
  return (
    <Card className="overflow-hidden ring-indigo-600/20">
      <div className="flex items-center gap-2 border-b border-indigo-100 bg-indigo-50/60 px-5 py-3 sm:px-6">
        <span className="relative flex size-2.5" aria-hidden="true">
          {people.length > 0 ? <span className="absolute inline-flex size-full animate-ping rounded-full bg-emerald-400 opacity-60" /> : null}
          <span className={people.length > 0 ? "relative inline-flex size-2.5 rounded-full bg-emerald-500" : "relative inline-flex size-2.5 rounded-full bg-zinc-300"} />
        </span>
        <h2 className="text-sm font-semibold text-indigo-950">{t("title")}</h2>
        {people.length > 1 ? <span className="ml-auto text-xs text-indigo-900/70">{t("order")}</span> : null}
      </div>
      {people.length === 0 ? (
        <div className="flex gap-3 px-5 py-4 text-sm sm:px-6">
          <AlertCircleIcon className="mt-0.5 size-4 shrink-0 text-amber-600" />
          <div>
            <p className="font-medium text-zinc-900">{t("nobody")}</p>
            <p className="mt-0.5 text-zinc-500">{t("nobodyHint")}</p>
          </div>
        </div>
      ) : (
        <ol className="divide-y divide-zinc-100">
          {people.map((p, i) => (
            <li key={p.id} className="flex items-start gap-3 px-5 py-3.5 sm:px-6">
              <EscalationBadge order={p.escalationOrder} size="lg" label={t("escalation", { order: p.escalationOrder })} />
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                  <p className="font-medium text-zinc-900">{p.personName}</p>
                  {i === 0 ? <span className="text-xs font-medium text-indigo-600">{t("calledFirst")}</span> : <span className="text-xs text-zinc-500">{t("thenCalled", { n: i + 1 })}</span>}
                  <span className="text-xs text-zinc-500 sm:ml-auto">{t("until", { time: f.dayTime(p.endsAt) })}</span>
                </div>
                <div className="mt-1">
                  <PersonContacts phone={p.phone} email={p.email} />
                </div>
                {p.note ? <p className="mt-1 text-sm text-zinc-500">{p.note}</p> : null}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
