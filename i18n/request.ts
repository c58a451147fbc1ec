import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { catalogs } from "@/messages/catalog";
import { LOCALE_COOKIE, resolveLocale } from "@/server/i18n/locale";

// No locale in the URL: the cookie (set by the switcher, and at sign-in from the user's setting) else the browser.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: catalogs[locale] };
});
