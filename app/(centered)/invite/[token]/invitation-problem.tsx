import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AlertCircleIcon, ClockIcon, MailIcon } from "@/app/_components/icons";
import { buttonClass } from "@/app/_components/ui/button";
import { Card, CardContent } from "@/app/_components/ui/card";

type Problem = "invalid" | "expired" | "revoked" | "used";

/** Why a link does not work, in words, with the one useful next step. */
export async function InvitationProblem({
  state,
  agencyName = "",
  inviterName = "",
  signedIn = false,
}: {
  state: Problem;
  agencyName?: string;
  inviterName?: string;
  signedIn?: boolean;
}) {
  const t = await getTranslations("invite.problem");
  const Icon = state === "expired" ? ClockIcon : state === "used" ? MailIcon : AlertCircleIcon;
  const values = { agency: agencyName, inviter: inviterName };
  return (
    <Card>
      <CardContent className="flex flex-col items-center py-10 text-center">
        <div className="flex size-11 items-center justify-center rounded-full bg-amber-50 text-amber-600 ring-8 ring-amber-50/50">
          <Icon className="size-5" />
        </div>
        <h1 className="mt-5 text-lg font-semibold text-zinc-900">{t(`${state}.title`)}</h1>
        <p className="mt-2 max-w-sm text-sm text-zinc-500">
          {state === "used" && signedIn ? t("used.descriptionSignedIn", values) : t(`${state}.description`, values)}
        </p>
        <Link href={signedIn ? "/" : "/signin"} className={buttonClass({ variant: "secondary", className: "mt-6" })}>
          {signedIn ? t("openApp") : t("signIn")}
        </Link>
      </CardContent>
    </Card>
  );
}
