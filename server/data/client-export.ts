import type { Db } from "../db";

/**
 * One client's data for a data-subject request, as JSON text produced piece by piece: the small parts
 * (client, contacts, members, terms, documents, hotlines, on-call) whole, the big ones (calls with their
 * events, messages, usage, invoices) a page at a time by id, so memory stays flat however many calls the
 * client has. Every query is scoped by agency AND client. Users appear without password hashes; files
 * appear as metadata only (the bytes stay in storage); tokens and Stripe secrets are left out.
 */
export type ExportScope = { agencyId: string; clientId: string };

/** BigInt (ids, money in minor units) becomes text; Decimal and Date already serialise themselves. */
const replacer = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
export const toJson = (value: unknown) => JSON.stringify(value, replacer);

type Page<T> = (cursor: string | undefined, take: number) => Promise<(T & { id: string })[]>;

async function* array<T>(name: string, page: Page<T>, pageSize: number, first: boolean): AsyncGenerator<string> {
  yield `${first ? "" : ","}${JSON.stringify(name)}:[`;
  let cursor: string | undefined;
  let n = 0;
  for (;;) {
    const rows = await page(cursor, pageSize);
    for (const row of rows) yield (n++ === 0 ? "" : ",") + toJson(row);
    if (rows.length < pageSize) break;
    cursor = rows.at(-1)!.id;
  }
  yield "]";
}

const after = (cursor: string | undefined) => ({ cursor: cursor ? { id: cursor } : undefined, skip: cursor ? 1 : 0 });

export async function* clientExportChunks(db: Db, scope: ExportScope, now: Date, pageSize = 200): AsyncGenerator<string> {
  const { agencyId, clientId } = scope;
  const where = { agencyId, clientId };
  const client = await db.client.findFirst({
    where: { id: clientId, agencyId },
    select: { id: true, slug: true, name: true, legalName: true, taxId: true, country: true, timezone: true, locale: true, currency: true, status: true, statusChangedAt: true, createdAt: true, updatedAt: true },
  });
  if (!client) throw new Error("client not in scope");
  yield `{"format":"switchboard.client-export.v1","exportedAt":${toJson(now)},"client":${toJson(client)}`;

  const small = {
    contacts: db.clientContact.findMany({ where, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    members: db.clientMember
      .findMany({ where, orderBy: { id: "asc" }, select: { id: true, role: true, digest: true, createdAt: true, user: { select: { id: true, email: true, name: true, locale: true, createdAt: true } } } }),
    termsVersions: db.termsVersion.findMany({ where, orderBy: { number: "asc" } }),
    onCall: db.onCallEntry.findMany({ where, orderBy: { startsAt: "asc" } }),
    documents: db.complianceDocument.findMany({
      where,
      orderBy: { id: "asc" },
      select: {
        id: true, kind: true, title: true, number: true, issuer: true, validFrom: true, validUntil: true, createdAt: true, updatedAt: true,
        file: { select: { id: true, filename: true, contentType: true, size: true, sha256: true, createdAt: true } },
      },
    }),
    hotlines: db.hotline.findMany({ where, orderBy: { id: "asc" }, include: { numbers: { select: { id: true, e164: true, kind: true, friendlyName: true, releasedAt: true } } } }),
    pricePlans: db.pricePlan.findMany({ where, orderBy: { version: "asc" }, omit: { stripePrices: true } }),
  };
  for (const [name, query] of Object.entries(small)) yield `,${JSON.stringify(name)}:${toJson(await query)}`;

  yield* array("calls", (cursor, take) => db.call.findMany({ where, orderBy: { id: "asc" }, take, ...after(cursor), include: { events: { orderBy: { id: "asc" } } } }), pageSize, false);
  yield* array("messages", (cursor, take) => db.message.findMany({ where, orderBy: { id: "asc" }, take, ...after(cursor), omit: { ackTokenHash: true }, include: { events: { orderBy: { id: "asc" } } } }), pageSize, false);
  yield* array("usageRecords", (cursor, take) => db.usageRecord.findMany({ where, orderBy: { id: "asc" }, take, ...after(cursor) }), pageSize, false);
  yield* array("invoices", (cursor, take) => db.invoiceRecord.findMany({ where, orderBy: { id: "asc" }, take, ...after(cursor) }), pageSize, false);
  yield "}";
}

/** The chunks as a byte stream a Response can carry; pulled, so a slow reader slows the queries down. */
export function clientExportStream(db: Db, scope: ExportScope, now: Date, pageSize?: number): ReadableStream<Uint8Array> {
  const chunks = clientExportChunks(db, scope, now, pageSize);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
