"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LocaleSwitcher } from "@/app/_components/locale-switcher";
import { MenuIcon } from "@/app/_components/icons";
import { Dialog } from "@/app/_components/ui/dialog";
import { NavItems, type NavSections } from "./nav-items";

/** On phones the sidebar becomes a sheet behind a menu button. */
export function MobileNav({ slug, agencyName, sections }: { slug: string; agencyName: string; sections: NavSections }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded={open}
        className="-ml-1.5 rounded-md p-1.5 text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-indigo-600 md:hidden"
      >
        <MenuIcon className="size-5" />
        <span className="sr-only">{t("openMenu")}</span>
      </button>
      <Dialog open={open} onOpenChange={setOpen} title={agencyName} side="left" className="bg-zinc-50">
        <nav aria-label={t("mainNav")} className="-mx-2">
          <NavItems slug={slug} sections={sections} onNavigate={() => setOpen(false)} />
        </nav>
        <div className="mt-8 border-t border-zinc-200 pt-4">
          <p className="mb-2 text-xs font-medium text-zinc-500">{t("language")}</p>
          <LocaleSwitcher />
        </div>
      </Dialog>
    </>
  );
}
