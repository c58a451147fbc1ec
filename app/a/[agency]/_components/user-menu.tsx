"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogOutIcon } from "@/app/_components/icons";
import { DropdownItem, DropdownMenu, DropdownSeparator } from "@/app/_components/ui/dropdown-menu";
import { initials } from "@/app/_lib/initials";

export function UserMenu({ user }: { user: { name: string; email: string } }) {
  const t = useTranslations("shell");
  return (
    <DropdownMenu
      align="end"
      triggerLabel={t("accountMenu")}
      triggerClassName="rounded-full"
      trigger={
        <span className="flex size-8 items-center justify-center rounded-full bg-zinc-800 text-xs font-semibold text-white ring-2 ring-white" aria-hidden="true">
          {initials(user.name)}
        </span>
      }
    >
      <div className="px-2.5 py-2">
        <p className="truncate text-sm font-medium text-zinc-900">{user.name}</p>
        <p className="truncate text-sm text-zinc-500">{user.email}</p>
      </div>
      <DropdownSeparator />
      <DropdownItem onSelect={() => void signOut({ callbackUrl: "/signin" })}>
        <LogOutIcon className="size-4 text-zinc-400" />
        {t("signOut")}
      </DropdownItem>
    </DropdownMenu>
  );
}
