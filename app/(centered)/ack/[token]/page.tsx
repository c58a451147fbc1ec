import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/app/_components/ui/alert";
import { Card, CardContent } from "@/app/_components/ui/card";
import { db } from "@/server/db";
import { acknowledgeByToken } from "@/server/messages/ack";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("messages.ack");
  return { title: t("metaTitle") };
}

/**
 * The one-click acknowledgement from a call summary (e-mail button or SMS link): opening it acknowledges
 * the message, which stops its escalation. Public: the token is the credential; a later visit says when
 * it was acknowledged.
 */
export default async function AckPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("messages.ack");
  const format = await getFormatter();
  const result = await acknowledgeByToken(db, token);
  if (result.state === "invalid") {
    return (
      <Card>
        <CardContent className="space-y-3 pt-6">
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{t("invalidTitle")}</h1>
          <p className="text-sm text-zinc-500">{t("invalidBody")}</p>
        </CardContent>
      </Card>
    );
  }
  const when = format.dateTime(result.acknowledgedAt, { dateStyle: "medium", timeStyle: "short", timeZone: result.timeZone });
  return (
    <Card>
      <CardContent className="space-y-5 pt-6">
        <div>
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{result.state === "acknowledged" ? t("doneTitle") : t("alreadyTitle")}</h1>
          <p className="mt-1 text-sm text-zinc-500">{t("who", { name: result.recipientName, client: result.clientName })}</p>
        </div>
        <Alert tone={result.state === "acknowledged" ? "success" : "info"}>
          {result.state === "acknowledged" ? t("doneBody", { when }) : t("alreadyBody", { when })}
        </Alert>
        <div className="rounded-lg bg-zinc-50 px-4 py-3 ring-1 ring-inset ring-zinc-200/70">
          <p className="text-sm font-medium text-zinc-900">{result.subject}</p>
          <pre className="mt-2 font-sans text-sm whitespace-pre-wrap text-zinc-600">{result.body}</pre>
        </div>
      </CardContent>
    </Card>
  );
}
