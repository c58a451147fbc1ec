import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "../_components/locale-switcher";
import { Logo } from "../_components/logo";

/** Sign-in, sign-up, invitations and a new agency: one centred card under the wordmark. */
export default async function CenteredLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="relative flex min-h-dvh flex-col overflow-hidden">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 top-0 -z-10 h-[28rem] bg-[radial-gradient(60%_100%_at_50%_0%,var(--color-indigo-100),transparent)] opacity-70"
      />
      <header className="flex items-center justify-end px-4 py-4 sm:px-6">
        <LocaleSwitcher />
      </header>
      <main className="flex flex-1 flex-col items-center px-4 pt-2 pb-16 sm:pt-8">
        <div className="mb-8 flex flex-col items-center text-center">
          <Logo />
          <p className="mt-3 max-w-xs text-sm text-zinc-500">{t("tagline")}</p>
        </div>
        <div className="w-full max-w-[26rem]">{children}</div>
      </main>
    </div>
  );
}
