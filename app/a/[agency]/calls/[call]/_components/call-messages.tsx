import { getTranslations } from "next-intl/server";
import { MessageTrail } from "@/app/_components/messages/message-trail";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { serverCaller } from "@/server/trpc/rsc";

/** The "Messages" card of a call: the summaries its outcome sent and the trail of each. */
export async function CallMessages({ agencySlug, callId, timeZone }: { agencySlug: string; callId: string; timeZone: string }) {
  const t = await getTranslations("messages.trail");
  const messages = await (await serverCaller()).message.byCall({ agencySlug, callId });
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {messages.length === 0 ? (
          <div className="rounded-lg border border-dashed border-zinc-200 px-4 py-6 text-center">
            <p className="text-sm font-medium text-zinc-700">{t("empty")}</p>
            <p className="mt-1 text-sm text-zinc-500">{t("emptyHint")}</p>
          </div>
        ) : (
          <div className="divide-y divide-zinc-100">
            {messages.map((m) => <MessageTrail key={m.id} message={m} timeZone={timeZone} />)}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
