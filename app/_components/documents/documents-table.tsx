"use client";

import { useTranslations } from "next-intl";
import { buttonClass, Button } from "@/app/_components/ui/button";
import { Badge } from "@/app/_components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { DownloadIcon, PencilIcon, TrashIcon } from "../icons";
import type { DocumentItem } from "./documents-api";
import { ExpiryBadge } from "./expiry-badge";
import { useDocumentFormat } from "./use-document-format";

/** How long a document is valid, in one line: a range, an open end, or a dash. */
export function useValidity() {
  const t = useTranslations("documents.table");
  const f = useDocumentFormat();
  return (d: { validFrom: string | null; validUntil: string | null }) => {
    if (d.validFrom && d.validUntil) return t("range", { from: f.date(d.validFrom), until: f.date(d.validUntil) });
    if (d.validUntil) return t("until", { date: f.date(d.validUntil) });
    if (d.validFrom) return t("from", { date: f.date(d.validFrom) });
    return t("noDates");
  };
}

/**
 * The documents of one place. The name opens the file in a new tab, the icon downloads it; edit and delete
 * appear on the rows the server says the viewer may change. On phones the validity moves under the name.
 */
export function DocumentsTable({
  items,
  showAddedByClient,
  onEdit,
  onDelete,
}: {
  items: DocumentItem[];
  showAddedByClient: boolean;
  onEdit: (d: DocumentItem) => void;
  onDelete: (d: DocumentItem) => void;
}) {
  const t = useTranslations("documents.table");
  const tn = useTranslations("documents");
  const tk = useTranslations("documents.kinds");
  const f = useDocumentFormat();
  const validity = useValidity();
  const anyChangeable = items.some((d) => d.canChange);

  return (
    <Table>
      <TableHeader>
        <tr>
          <TableHead>{t("document")}</TableHead>
          <TableHead className="hidden 2xl:table-cell">{t("issuer")}</TableHead>
          <TableHead className="hidden md:table-cell">{t("validity")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("status")}</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">{anyChangeable ? t("actions") : t("file")}</span>
          </TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {items.map((d) => {
          const name = f.label(d);
          const details = [d.title ? tk(d.kind) : null, d.number ? tn("numberShort", { number: d.number }) : null].filter((x): x is string => x !== null);
          return (
            <TableRow key={d.id}>
              <TableCell className="w-full max-w-0">
                <div className="min-w-0">
                  {d.file ? (
                    <a href={`/api/files/${d.file.id}?inline=1`} target="_blank" rel="noopener" className="block font-medium break-words text-zinc-900 hover:text-indigo-600 hover:underline sm:truncate" title={t("open", { name: d.file.filename })}>
                      {f.name(d)}
                    </a>
                  ) : (
                    <p className="font-medium break-words text-zinc-900 sm:truncate">{f.name(d)}</p>
                  )}
                  <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
                    {details.map((part) => (
                      <span key={part} className="whitespace-nowrap">
                        {part}
                      </span>
                    ))}
                    {d.issuer ? <span className="2xl:hidden">{d.issuer}</span> : null}
                    <span className="md:hidden">{validity(d)}</span>
                    {showAddedByClient && d.addedByClient ? <Badge tone="violet">{t("addedByClient")}</Badge> : null}
                  </p>
                  <div className="mt-1.5 sm:hidden">
                    <ExpiryBadge expiry={d.expiry} />
                  </div>
                </div>
              </TableCell>
              <TableCell className="hidden max-w-56 truncate 2xl:table-cell" title={d.issuer ?? undefined}>
                {d.issuer ?? <span className="text-zinc-400">{t("noDates")}</span>}
              </TableCell>
              <TableCell className="hidden tabular-nums md:table-cell">
                {d.validFrom && d.validUntil ? (
                  // Two halves that each stay whole, so a narrow table breaks the range at the dash only.
                  <>
                    <span className="whitespace-nowrap">{f.date(d.validFrom)} –</span> <span className="whitespace-nowrap">{f.date(d.validUntil)}</span>
                  </>
                ) : (
                  <span className="whitespace-nowrap">{validity(d)}</span>
                )}
              </TableCell>
              <TableCell className="hidden sm:table-cell">
                <ExpiryBadge expiry={d.expiry} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap">
                <div className="flex justify-end gap-0.5">
                  {d.file ? (
                    <a href={`/api/files/${d.file.id}`} download className={buttonClass({ variant: "ghost", size: "icon", className: "size-8 text-zinc-500" })} title={`${d.file.filename} · ${f.size(d.file.size)}`}>
                      <DownloadIcon />
                      <span className="sr-only">{t("download", { name: d.file.filename })}</span>
                    </a>
                  ) : null}
                  {d.canChange ? (
                    <>
                      <Button variant="ghost" size="icon" className="size-8 text-zinc-500" onClick={() => onEdit(d)}>
                        <PencilIcon />
                        <span className="sr-only">{t("edit", { name })}</span>
                      </Button>
                      <Button variant="ghost" size="icon" className="size-8 text-zinc-400 hover:text-red-600" onClick={() => onDelete(d)}>
                        <TrashIcon />
                        <span className="sr-only">{t("delete", { name })}</span>
                      </Button>
                    </>
                  ) : null}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
