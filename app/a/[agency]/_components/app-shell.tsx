import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/app/_components/locale-switcher";
import { LogoMark } from "@/app/_components/logo";
import { AgencySwitcher } from "./agency-switcher";
import { MobileNav } from "./mobile-nav";
import { NavItems, type NavSections } from "./nav-items";
import { UserMenu } from "./user-menu";

type Props = {
  agency: { slug: string; name: string };
  agencies: { slug: string; name: string; role: string }[];
  portals?: { slug: string; name: string; agencyName: string; role: string }[];
  user: { name: string; email: string };
  sections: NavSections;
  children: ReactNode;
};

export async function AppShell({ agency, agencies, portals, user, sections, children }: Props) {
  const t = await getTranslations("shell");
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200/80 bg-white/85 backdrop-blur supports-[backdrop-filter]:bg-white/70">
        <div className="flex h-14 items-center gap-2 px-3 sm:gap-3 sm:px-5">
          <MobileNav slug={agency.slug} agencyName={agency.name} sections={sections} />
          <Link href={`/a/${agency.slug}`} className="rounded-md" aria-label={t("homeLink")}>
            <LogoMark className="size-7" />
          </Link>
          <span className="text-zinc-300 select-none" aria-hidden="true">
            /
          </span>
          <AgencySwitcher current={agency} agencies={agencies} portals={portals} />
          <div className="ml-auto flex items-center gap-3">
            <div className="hidden sm:block">
              <LocaleSwitcher />
            </div>
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <div className="flex">
        <aside className="sticky top-14 hidden h-[calc(100dvh-3.5rem)] w-56 shrink-0 border-r border-zinc-200/80 px-3 py-5 md:block lg:w-60">
          <nav aria-label={t("mainNav")}>
            <NavItems slug={agency.slug} sections={sections} />
          </nav>
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 outline-none sm:px-6 lg:px-10 lg:py-8">
          <div className="mx-auto max-w-5xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
