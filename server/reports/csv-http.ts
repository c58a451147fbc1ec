import type { Db } from "../db";
import { callsCsv } from "./calls-csv";
import { portalClientFor } from "./portal-access";
import { filtersFromSearchParams } from "./portal-calls.schema";

export type CsvBody = (db: Db, client: NonNullable<Awaited<ReturnType<typeof portalClientFor>>>, params: URLSearchParams) => Promise<ReadableStream<Uint8Array> | { error: string }>;

/**
 * The portal's CSV downloads over plain HTTP: signed out → 401, not this client's user (agency staff and
 * other clients alike) → 404, bad filters → 400 with the message key, else the stream as an attachment.
 */
export async function handlePortalCsv(db: Db, req: Request, userId: string | null, slug: string, name: string, body: CsvBody): Promise<Response> {
  if (!userId) return new Response("unauthorized", { status: 401 });
  const client = await portalClientFor(db, userId, slug);
  if (!client) return new Response("not found", { status: 404 });
  const stream = await body(db, client, new URL(req.url).searchParams);
  if ("error" in stream) return new Response(stream.error, { status: 400 });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${client.slug}-${name}.csv"`,
      "cache-control": "no-store",
    },
  });
}

/** The call log with the filters of the page (from, to, result, outcome, caller). */
export const callsCsvBody: CsvBody = async (db, client, params) => {
  const filters = filtersFromSearchParams(params);
  if (!filters.success) return { error: filters.error.issues[0]?.message ?? "validation" };
  return callsCsv(db, client, filters.data);
};
