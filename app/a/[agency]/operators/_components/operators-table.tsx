"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { HeadsetIcon, PencilIcon } from "@/app/_components/icons";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { splitTenure, tenureMonths } from "@/server/operators/tenure";
import { EditOperatorDialog, type Operator, type Targets } from "./edit-operator-dialog";

const PRESENCE_TONE: Record<string, BadgeTone> = { AVAILABLE: "green", ON_CALL: "indigo", WRAP_UP: "violet", BREAK: "amber", OFFLINE: "neutral" };

export function OperatorsTable(props: { agencySlug: string; operators: Operator[]; canManage: boolean; targets: Targets; today: string }) {
  const t = useTranslations("operators");
  const format = useFormatter();
  const [editing, setEditing] = useState<Operator | null>(null);
  if (props.operators.length === 0) {
    return (
      <Card>
        <EmptyState icon={<HeadsetIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} />
      </Card>
    );
  }
  const tenure = (hireDate: string | null) => {
    if (!hireDate) return t("unknown");
    const months = tenureMonths(hireDate, props.today);
    return months === 0 ? t("lessThanMonth") : t("tenureValue", splitTenure(months)).trim();
  };
  return (
    <Card className="overflow-hidden">
      {/* Phones: one stacked card per operator instead of a table wider than the screen. */}
      <ul className="divide-y divide-zinc-100 sm:hidden">
        {props.operators.map((op) => (
          <li key={op.userId} className="space-y-2 px-4 py-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <div className="truncate font-medium text-zinc-900">{op.name ?? op.email}</div>
                <div className="truncate text-xs text-zinc-500">{op.email}</div>
              </div>
              {props.canManage ? (
                <Button variant="secondary" size="sm" onClick={() => setEditing(op)} aria-label={t("editTitle", { name: op.name ?? op.email })}>
                  <PencilIcon />
                </Button>
              ) : null}
            </div>
            <div className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-600">
              <Badge tone={PRESENCE_TONE[op.presence] ?? "neutral"}>{t(`presenceState.${op.presence}`)}</Badge>
              {op.languages.map((l) => <Badge key={l}>{l.toUpperCase()}</Badge>)}
              <span>· {t("tenure")}: {tenure(op.hireDate)}</span>
            </div>
            <div className="flex flex-wrap gap-1">
              {op.skills.length === 0 ? <span className="text-sm text-zinc-400">{t("noSkills")}</span> : null}
              {op.skills.map((sk) => (
                <Badge key={`${sk.target}:${sk.targetId}`} tone={sk.target === "HOTLINE" ? "indigo" : "sky"} className="max-w-full truncate">{sk.name} · {sk.level}</Badge>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto sm:block">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("name")}</TableHead>
              <TableHead>{t("languages")}</TableHead>
              <TableHead>{t("skills")}</TableHead>
              <TableHead className="hidden md:table-cell">{t("hireDate")}</TableHead>
              <TableHead>{t("tenure")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("presence")}</TableHead>
              {props.canManage ? <TableHead className="w-0"><span className="sr-only">{t("edit")}</span></TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.operators.map((op) => (
              <TableRow key={op.userId}>
                <TableCell>
                  <div className="font-medium text-zinc-900">{op.name ?? op.email}</div>
                  <div className="text-xs text-zinc-500">{op.email}</div>
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap gap-1">
                    {op.languages.map((l) => <Badge key={l}>{l.toUpperCase()}</Badge>)}
                  </div>
                </TableCell>
                <TableCell>
                  {op.skills.length === 0 ? (
                    <span className="text-sm text-zinc-400">{t("noSkills")}</span>
                  ) : (
                    <ul className="flex max-w-sm flex-wrap gap-1">
                      {op.skills.map((s) => (
                        <li key={`${s.target}:${s.targetId}`}>
                          <Badge tone={s.target === "HOTLINE" ? "indigo" : "sky"}>{s.name} · {s.level}</Badge>
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell className="hidden text-sm text-zinc-600 md:table-cell">{op.hireDate ? format.dateTime(new Date(`${op.hireDate}T12:00:00Z`), { dateStyle: "medium" }) : t("unknown")}</TableCell>
                <TableCell className="text-sm whitespace-nowrap text-zinc-600">
                  {tenure(op.hireDate)}
                  {op.hireDate && tenureMonths(op.hireDate, props.today) >= 12 ? <Badge tone="green" className="ml-2 hidden lg:inline-flex">{t("subsidy")}</Badge> : null}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  <Badge tone={PRESENCE_TONE[op.presence] ?? "neutral"}>{t(`presenceState.${op.presence}`)}</Badge>
                </TableCell>
                {props.canManage ? (
                  <TableCell>
                    <Button variant="secondary" size="sm" onClick={() => setEditing(op)} aria-label={t("editTitle", { name: op.name ?? op.email })}>
                      <PencilIcon />
                      <span className="hidden sm:inline">{t("edit")}</span>
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {editing ? <EditOperatorDialog agencySlug={props.agencySlug} operator={editing} targets={props.targets} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
