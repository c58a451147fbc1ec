"use client";

import { createColumnHelper } from "@tanstack/react-table";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { TrashIcon } from "@/app/_components/icons";
import { RoleBadge } from "@/app/_components/role-badge";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import type { ColumnMeta } from "@/app/_components/ui/data-table";
import { Select } from "@/app/_components/ui/select";
import type { TeamMember } from "@/app/_lib/router-types";
import { AGENCY_ROLES, canAssignRole, canRemoveMember, hasAgencyRole } from "@/server/auth/roles";
import { initials } from "@/app/_lib/initials";
import type { PendingAction } from "./member-dialogs";
import type { AgencyRole } from "./team-view";

type Meta = ColumnMeta;
const column = createColumnHelper<TeamMember>();

/**
 * The members table's columns. A row offers a role select and a remove button only when the viewer may
 * use them (the same rules as the server: never above one's own role, never on oneself); else a badge.
 */
export function useMemberColumns({
  actorRole,
  currentUserId,
  canManage,
  onAction,
}: {
  actorRole: AgencyRole;
  currentUserId: string;
  canManage: boolean;
  onAction: (action: PendingAction) => void;
}) {
  const t = useTranslations("team.members");
  const tr = useTranslations("roles");
  const format = useFormatter();
  return useMemo(() => {
    const isSelf = (m: TeamMember) => m.user.id === currentUserId;
    const assignable = (m: TeamMember) =>
      canManage && !isSelf(m) && hasAgencyRole(actorRole, m.role) ? AGENCY_ROLES.filter((r) => canAssignRole(actorRole, r, m.role)) : [];
    return [
      column.accessor((m) => m.user.name, {
        id: "name",
        header: t("name"),
        // On phones the name cell takes the free width and truncates; the e-mail shows under the name.
        meta: { className: "w-full max-w-0 sm:w-auto sm:max-w-none" } satisfies Meta,
        cell: ({ row: { original: m } }) => (
          <div className="flex min-w-0 items-center gap-3">
            <span className="hidden size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-xs font-semibold text-zinc-600 sm:flex" aria-hidden="true">
              {initials(m.user.name)}
            </span>
            <div className="min-w-0">
              <p className="flex items-center gap-2 truncate font-medium text-zinc-900">
                <span className="truncate">{m.user.name}</span>
                {isSelf(m) ? <Badge>{t("you")}</Badge> : null}
              </p>
              <p className="truncate text-zinc-500 sm:hidden">{m.user.email}</p>
            </div>
          </div>
        ),
      }),
      column.accessor((m) => m.user.email, { id: "email", header: t("email"), meta: { className: "hidden sm:table-cell" } satisfies Meta }),
      column.accessor("role", {
        header: t("role"),
        cell: ({ row: { original: m } }) => {
          const options = assignable(m);
          if (options.length < 2) return <RoleBadge role={m.role} />;
          return (
            <Select
              aria-label={t("roleOf", { name: m.user.name })}
              value={m.role}
              onChange={(e) => {
                const role = e.target.value as AgencyRole;
                if (role !== m.role) onAction({ kind: "role", member: m, role });
              }}
              wrapperClassName="w-[7.5rem] sm:w-36"
              className="h-8 pl-2.5 pr-8 text-[13px] sm:text-sm"
            >
              {options.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          );
        },
      }),
      column.accessor("createdAt", {
        header: t("joined"),
        meta: { className: "hidden md:table-cell whitespace-nowrap" } satisfies Meta,
        cell: ({ getValue }) => format.dateTime(getValue(), { dateStyle: "medium" }),
      }),
      ...(canManage
        ? [
            column.display({
              id: "actions",
              header: () => <span className="sr-only">{t("actions")}</span>,
              meta: { className: "w-12 text-right" } satisfies Meta,
              cell: ({ row: { original: m } }) =>
                !isSelf(m) && canRemoveMember(actorRole, m.role) ? (
                  <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-red-600" onClick={() => onAction({ kind: "remove", member: m })}>
                    <TrashIcon />
                    <span className="sr-only">{t("removeNamed", { name: m.user.name })}</span>
                  </Button>
                ) : null,
            }),
          ]
        : []),
    ];
  }, [t, tr, format, canManage, actorRole, currentUserId, onAction]);
}
