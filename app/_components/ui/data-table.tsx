"use client";

import { flexRender, type Table as TanTable } from "@tanstack/react-table";
import { cn } from "@/app/_lib/cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "./table";

/** What a column may carry in `meta`: classes for its head and cells. */
export type ColumnMeta = { className?: string };
const metaClass = (meta: unknown) => (meta as ColumnMeta | undefined)?.className;

/**
 * A TanStack table rendered with our table primitives. Column `meta.className` styles a column's head and
 * cells (e.g. hiding it on phones); `skeleton` stands in for the rows until the first page arrives, and a
 * refetch dims the rows it is about to replace.
 */
export function DataTable<T>({
  table,
  loading,
  fetching,
  stale,
  skeleton,
}: {
  table: TanTable<T>;
  loading: boolean;
  fetching?: boolean;
  stale?: boolean;
  skeleton: React.ReactNode;
}) {
  return (
    <Table aria-busy={fetching || undefined} className={cn("transition-opacity", stale && "opacity-60")}>
      <TableHeader>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <TableHead key={header.id} className={metaClass(header.column.columnDef.meta)}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </TableHead>
            ))}
          </tr>
        ))}
      </TableHeader>
      <TableBody>
        {loading
          ? skeleton
          : table.getRowModel().rows.map((row) => (
              <TableRow key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={metaClass(cell.column.columnDef.meta)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))}
      </TableBody>
    </Table>
  );
}
