"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/app/_components/ui/alert";
import { Button } from "@/app/_components/ui/button";
import { errorMessage } from "@/app/_lib/trpc-errors";
import { useTRPC } from "@/app/_trpc/client";

/** The invited person is signed in: one click joins. */
export function JoinButton({ token, agencyName }: { token: string; agencyName: string }) {
  const t = useTranslations("invite");
  const tc = useTranslations("common");
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: ({ landing }) => window.location.assign(landing),
      onError: (e) => setError(errorMessage(e, tc("unexpectedError"))),
    }),
  );
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <Button size="lg" className="w-full" loading={accept.isPending || accept.isSuccess} onClick={() => accept.mutate({ token })}>
        {t("join", { agency: agencyName })}
      </Button>
    </div>
  );
}

/** Signed in as someone else: sign out and come back to this link. */
export function SignOutAndReturn({ returnTo }: { returnTo: string }) {
  const t = useTranslations("invite");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="lg"
      className="w-full"
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: returnTo });
      }}
    >
      {t("signOutToAccept")}
    </Button>
  );
}
