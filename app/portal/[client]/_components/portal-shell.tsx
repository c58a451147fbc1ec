import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleSwitcher } from "@/app/_components/locale-switcher";
import { LogoMark } from "@/app/_components/logo";
import { AgencySwitcher } from "@/app/a/[agency]/_components/agency-switcher";
import { UserMenu } from "@/app/a/[agency]/_components/user-menu";
import { PortalTabs } from "./portal-tabs";

type Props = {
  client: { slug: string; name: string };
  agencies: { slug: string; name: string; role: string }[];
  portals: { slug: string; name: string; agencyName: string; role: string }[];
  user: { name: string; email: string };
  children: ReactNode;
};

/** The client portal's frame: the same header as the agency app (switcher, language, account), with tabs instead of a sidebar. */
export async function PortalShell({ client, agencies, portals, user, children }: Props) {
  const t = await getTranslations("shell");
  const base = `/portal/${client.slug}`;
  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only z-50 rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        {t("skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-zinc-200/80 bg-white/85 backdrop-blur supports-[backdrop-filter]:bg-white/70">
        <div className="flex h-14 items-center gap-2 px-3 sm:gap-3 sm:px-5">
          <Link href={base} className="rounded-md" aria-label={t("homeLink")}>
            <LogoMark className="size-7" />
          </Link>
          <span className="text-zinc-300 select-none" aria-hidden="true">
            /
          </span>
          <AgencySwitcher current={{ slug: client.slug, name: client.name, kind: "portal" }} agencies={agencies} portals={portals} />
          <div className="ml-auto flex items-center gap-3">
            <LocaleSwitcher />
            <UserMenu user={user} />
          </div>
        </div>
        <PortalTabs base={base} />
      </header>
      <main id="main" tabIndex={-1} className="px-4 py-6 outline-none sm:px-6 lg:px-10 lg:py-8">
        <div className="mx-auto max-w-5xl">{children}</div>
      </main>
    </div>
  );
}
