"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { useTRPCClient } from "@/app/_trpc/client";
import { CheckCircleIcon } from "../icons";
import { DOCUMENTS_KEY, type AttentionItem } from "./documents-api";
import { ExpiryBadge } from "./expiry-badge";
import { useDocumentFormat } from "./use-document-format";

const LIMIT = 200; // the procedure's own cap

/** The agency's clients' documents that expired or expire within 30 days, each linking to its client. */
export function AttentionList({ agencySlug, initial }: { agencySlug: string; initial: AttentionItem[] }) {
  const t = useTranslations("documents.attention");
  const tt = useTranslations("documents.table");
  const f = useDocumentFormat();
  const client = useTRPCClient();
  const query = useQuery({ queryKey: [...DOCUMENTS_KEY, agencySlug, "attention"], queryFn: () => client.document.attention.query({ agencySlug }), initialData: initial });
  const items = query.data;

  return (
    <section aria-labelledby="documents-attention" className="space-y-3">
      <div>
        <h2 id="documents-attention" className="text-lg font-semibold tracking-tight text-zinc-900">
          {t("heading")}
          {items.length > 0 ? <span className="ml-2 text-sm font-normal text-zinc-500 tabular-nums">{items.length}</span> : null}
        </h2>
        <p className="mt-1 text-sm text-zinc-500">{t("description")}</p>
      </div>
      <Card className="overflow-hidden">
        {items.length === 0 ? (
          <EmptyState icon={<CheckCircleIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} />
        ) : (
          <Table>
            <TableHeader>
              <tr>
                <TableHead>{t("client")}</TableHead>
                <TableHead className="hidden sm:table-cell">{tt("document")}</TableHead>
                <TableHead className="hidden md:table-cell">{tt("validity")}</TableHead>
                <TableHead className="hidden sm:table-cell">{tt("status")}</TableHead>
              </tr>
            </TableHeader>
            <TableBody>
              {items.map((d) => (
                <TableRow key={d.id}>
                  <TableCell className="w-full max-w-0 sm:w-auto sm:max-w-64">
                    <Link
                      href={`/a/${agencySlug}/clients/${d.client.slug}/documents`}
                      className="block truncate font-medium text-zinc-900 hover:text-indigo-600 hover:underline"
                      aria-label={t("open", { client: d.client.name })}
                    >
                      {d.client.name}
                    </Link>
                    <p className="truncate text-xs text-zinc-500 sm:hidden">{f.label(d)}</p>
                    <div className="mt-1.5 sm:hidden">
                      <ExpiryBadge expiry={d.expiry} />
                    </div>
                  </TableCell>
                  <TableCell className="hidden sm:table-cell">{f.label(d)}</TableCell>
                  <TableCell className="hidden whitespace-nowrap tabular-nums md:table-cell">{d.validUntil ? tt("until", { date: f.date(d.validUntil) }) : null}</TableCell>
                  <TableCell className="hidden sm:table-cell">
                    <ExpiryBadge expiry={d.expiry} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {items.length >= LIMIT ? <p className="border-t border-zinc-100 px-5 py-3 text-sm text-zinc-500 sm:px-6">{t("more", { count: LIMIT })}</p> : null}
      </Card>
    </section>
  );
}
