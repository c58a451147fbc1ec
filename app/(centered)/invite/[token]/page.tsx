import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/app/_components/ui/button";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent } from "@/app/_components/ui/card";
import { Alert } from "@/app/_components/ui/alert";
import { serverCaller } from "@/server/trpc/rsc";
import { AcceptAsNewUserForm } from "./accept-as-new-user-form";
import { InvitationProblem } from "./invitation-problem";
import { JoinButton, SignOutAndReturn } from "./invitation-actions";

export async function generateMetadata() {
  const t = await getTranslations("invite");
  return { title: t("metaTitle") };
}

async function lookup(token: string) {
  try {
    return await (await serverCaller()).invitation.lookup({ token });
  } catch (error) {
    // A mangled token fails input validation: to the person it is simply a link that does not work.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { state: "invalid" as const };
    throw error;
  }
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const info = await lookup(token);
  if (info.state === "invalid") return <InvitationProblem state="invalid" />;
  if (info.state !== "valid") return <InvitationProblem state={info.state} agencyName={info.agencyName} inviterName={info.inviterName} signedIn={Boolean(info.signedInEmail)} />;

  const t = await getTranslations("invite");
  const tr = await getTranslations("roles");
  const format = await getFormatter();
  const here = `/invite/${token}`;
  const signedInAsInvitee = info.signedInEmail === info.email;
  // A client user is invited to one client's portal, not to the agency's team: say so.
  const portal = info.target === "client" && info.clientName ? info.clientName : null;
  const joinName = portal ?? info.agencyName;

  return (
    <Card>
      <CardContent className="space-y-6 pt-6 sm:pt-7">
        <div className="flex items-start gap-4">
          <div className="flex size-12 shrink-0 items-center justify-center rounded-xl bg-indigo-50 text-lg font-semibold text-indigo-700 ring-1 ring-indigo-600/10" aria-hidden="true">
            {joinName.slice(0, 1).toUpperCase()}
          </div>
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900">
              {portal ? t("portal.title", { client: portal }) : t("title", { agency: info.agencyName })}
            </h1>
            <p className="mt-1 text-sm text-zinc-500">
              {portal ? t("portal.invitedBy", { inviter: info.inviterName, agency: info.agencyName, client: portal }) : t("invitedBy", { inviter: info.inviterName })}
            </p>
          </div>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg bg-zinc-50 px-4 py-3 text-sm ring-1 ring-inset ring-zinc-200/70">
          <dt className="text-zinc-500">{t("for")}</dt>
          <dd className="min-w-0 truncate font-medium text-zinc-900">{info.email}</dd>
          <dt className="text-zinc-500">{t("role")}</dt>
          <dd>
            <Badge tone="indigo">{tr(info.role)}</Badge>
          </dd>
          <dt className="text-zinc-500">{t("expires")}</dt>
          <dd className="text-zinc-900">{format.dateTime(info.expiresAt, { dateStyle: "long" })}</dd>
        </dl>

        {signedInAsInvitee ? (
          <JoinButton token={token} agencyName={joinName} />
        ) : info.signedInEmail ? (
          <div className="space-y-4">
            <Alert tone="warning" title={t("otherAccountTitle")}>
              {t("otherAccount", { current: info.signedInEmail, email: info.email })}
            </Alert>
            <SignOutAndReturn returnTo={here} />
          </div>
        ) : info.accountExists ? (
          <div className="space-y-4">
            <p className="text-sm text-zinc-600">{t("accountExists", { email: info.email })}</p>
            <Link
              href={`/signin?callbackUrl=${encodeURIComponent(here)}&email=${encodeURIComponent(info.email)}`}
              className={buttonClass({ size: "lg", className: "w-full" })}
            >
              {t("signInToAccept")}
            </Link>
          </div>
        ) : (
          <AcceptAsNewUserForm token={token} email={info.email} />
        )}
      </CardContent>
    </Card>
  );
}
