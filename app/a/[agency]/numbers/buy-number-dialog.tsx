"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { Dialog } from "@/app/_components/ui/dialog";
import { FormField } from "@/app/_components/ui/form-field";
import { Input } from "@/app/_components/ui/input";
import { Select } from "@/app/_components/ui/select";
import { Spinner } from "@/app/_components/ui/spinner";
import { useToast } from "@/app/_components/ui/toast";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";
import { formatPhone } from "@/server/lib/phone";
import { numberSearchSchema, SEARCH_COUNTRIES, type NumberSearchInput } from "@/server/numbers/numbers.schema";

/** Search the carrier's stock by country, kind and digits, then buy one number (ADMIN+). */
export function BuyNumberDialog({ agencySlug, open, onClose }: { agencySlug: string; open: boolean; onClose: () => void }) {
  const t = useTranslations("numbers.buy");
  const tk = useTranslations("numbers.kind");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState<NumberSearchInput | null>(null);
  const form = useForm<NumberSearchInput>({ resolver: zodResolver(numberSearchSchema), defaultValues: { country: "RU", kind: "LOCAL", contains: "" } });
  const results = useQuery({ ...trpc.number.search.queryOptions({ agencySlug, ...(search ?? { country: "RU", kind: "LOCAL", contains: "" }) }), enabled: open && search !== null, retry: false });
  const buy = useMutation({
    ...trpc.number.buy.mutationOptions(),
    onSuccess: async (row) => {
      toast.success(t("done", { number: formatPhone(row.e164) }), t("doneHint"));
      await queryClient.invalidateQueries({ queryKey: trpc.number.list.queryKey({ agencySlug }) });
      onClose();
    },
    onError: (e) => toast.error(errorMessage(e, tc("unexpectedError"))),
  });
  useEffect(() => {
    if (open) setSearch(null);
  }, [open]);
  const { errors } = form.formState;

  return (
    <Dialog open={open} onOpenChange={(o) => (o || buy.isPending ? undefined : onClose())} title={t("title")} description={t("description")} className="sm:max-w-xl">
      <form onSubmit={form.handleSubmit((v) => setSearch(v))} noValidate className="grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <FormField label={t("country")} error={errors.country?.message}>
          <Select {...form.register("country")}>
            {SEARCH_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {t(`countries.${c}`)}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("kind")} error={errors.kind?.message}>
          <Select {...form.register("kind")}>
            <option value="LOCAL">{tk("LOCAL")}</option>
            <option value="TOLL_FREE">{tk("TOLL_FREE")}</option>
          </Select>
        </FormField>
        <FormField label={t("contains")} error={errors.contains?.message}>
          <Input inputMode="numeric" placeholder="555" autoComplete="off" data-autofocus {...form.register("contains")} />
        </FormField>
        <Button type="submit" loading={results.isFetching}>
          {t("search")}
        </Button>
      </form>
      <div className="mt-5 min-h-24" aria-live="polite">
        {search === null ? (
          <p className="py-6 text-center text-sm text-zinc-500">{t("hint")}</p>
        ) : results.isPending ? (
          <div className="flex justify-center py-8">
            <Spinner label={t("searching")} />
          </div>
        ) : results.isError ? (
          <Alert>{errorMessage(results.error, tc("unexpectedError"))}</Alert>
        ) : results.data.numbers.length === 0 ? (
          <p className="py-6 text-center text-sm text-zinc-500">{t("none")}</p>
        ) : (
          <ul className="max-h-80 divide-y divide-zinc-100 overflow-y-auto rounded-lg ring-1 ring-zinc-200">
            {results.data.numbers.map((n) => (
              <li key={n.e164} className="flex items-center justify-between gap-3 px-4 py-2.5">
                <div className="min-w-0">
                  <p className="font-medium text-zinc-900 tabular-nums">{formatPhone(n.e164)}</p>
                  <p className="truncate text-xs text-zinc-500">{[tk(n.kind), n.locality].filter(Boolean).join(" · ")}</p>
                </div>
                <Button size="sm" variant="secondary" loading={buy.isPending && buy.variables?.e164 === n.e164} disabled={buy.isPending} onClick={() => buy.mutate({ agencySlug, e164: n.e164, friendlyName: "" })}>
                  {t("buy")}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
