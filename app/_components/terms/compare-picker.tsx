"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/ui/button";
import { Select } from "@/app/_components/ui/select";
import type { TermsVersionMeta } from "./terms-api";

/**
 * Which two versions to compare. A plain GET form, so it works before the page is interactive; with
 * JavaScript, changing a side compares at once.
 */
export function ComparePicker({ action, versions, a, b }: { action: string; versions: Pick<TermsVersionMeta, "number" | "state">[]; a: number; b: number }) {
  const t = useTranslations("terms.compare");
  const ts = useTranslations("terms.state");
  const router = useRouter();
  const go = (form: HTMLFormElement) => {
    const data = new FormData(form);
    router.push(`${action}?a=${data.get("a")}&b=${data.get("b")}`);
  };
  const options = versions.map((v) => (
    <option key={v.number} value={v.number}>
      {t("option", { number: v.number, state: ts(v.state) })}
    </option>
  ));
  return (
    <form action={action} method="get" onChange={(e) => go(e.currentTarget)} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <label className="block min-w-0 flex-1 text-sm font-medium text-zinc-800">
        {t("left")}
        <Select name="a" defaultValue={a} wrapperClassName="mt-1.5">
          {options}
        </Select>
      </label>
      <label className="block min-w-0 flex-1 text-sm font-medium text-zinc-800">
        {t("right")}
        <Select name="b" defaultValue={b} wrapperClassName="mt-1.5">
          {options}
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        {t("submit")}
      </Button>
    </form>
  );
}
