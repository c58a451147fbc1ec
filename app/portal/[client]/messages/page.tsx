import { getFormatter, getTranslations } from "next-intl/server";
import { InboxIcon } from "@/app/_components/icons";
import { MessageTrail } from "@/app/_components/messages/message-trail";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { db } from "@/server/db";
import { formatPhone } from "@/server/lib/phone";
import { orPage, serverCaller } from "@/server/trpc/rsc";

export async function generateMetadata() {
  const t = await getTranslations("messages.portal");
  return { title: t("title") };
}

/** The client's call summaries with who received, opened and acknowledged each (CLIENT_VIEWER+). */
export default async function PortalMessagesPage({ params, searchParams }: { params: Promise<{ client: string }>; searchParams: Promise<{ page?: string }> }) {
  const { client: clientSlug } = await params;
  const page = Math.max(1, Math.min(10_000, Number((await searchParams).page) || 1));
  const t = await getTranslations("messages.portal");
  const format = await getFormatter();
  const data = await orPage((await serverCaller()).message.list({ clientSlug, page }), `/portal/${clientSlug}/messages`);
  // The procedure above proved membership; the zone is the client's own (slug is globally unique).
  const { timezone } = await db.client.findUniqueOrThrow({ where: { slug: clientSlug }, select: { timezone: true } });
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {data.messages.length === 0 ? (
          <EmptyState icon={<InboxIcon className="size-5" />} title={t("empty")} description={t("emptyHint")} />
        ) : (
          <div className="divide-y divide-zinc-100">
            {data.messages.map((m) => (
              <div key={m.id} className="py-4 first:pt-0">
                {m.call ? (
                  <p className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">
                    {t("call")}: {formatPhone(m.call.fromNumber)} · {format.dateTime(m.call.startedAt, { dateStyle: "medium", timeStyle: "short", timeZone: timezone })}
                  </p>
                ) : null}
                <MessageTrail message={m} timeZone={timezone} />
              </div>
            ))}
          </div>
        )}
        {pages > 1 ? (
          <nav className="mt-4 flex justify-between text-sm" aria-label="pagination">
            {page > 1 ? <a className="text-indigo-600 hover:underline" href={`?page=${page - 1}`}>←</a> : <span />}
            <span className="text-zinc-500">{page} / {pages}</span>
            {page < pages ? <a className="text-indigo-600 hover:underline" href={`?page=${page + 1}`}>→</a> : <span />}
          </nav>
        ) : null}
      </CardContent>
    </Card>
  );
}
