import { MailIcon, PhoneIcon } from "@/app/_components/icons";
import { displayPhone } from "./use-roster-format";

/** The phone and e-mail of a person on call, as links a supervisor can tap on a phone. */
export function PersonContacts({ phone, email }: { phone: string | null; email: string | null }) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600">
      {phone ? (
        <a href={`tel:${phone}`} className="inline-flex items-center gap-1.5 whitespace-nowrap hover:text-indigo-600">
          <PhoneIcon className="size-3.5 text-zinc-400" />
          {displayPhone(phone)}
        </a>
      ) : null}
      {email ? (
        <a href={`mailto:${email}`} className="inline-flex min-w-0 items-center gap-1.5 hover:text-indigo-600">
          <MailIcon className="size-3.5 shrink-0 text-zinc-400" />
          <span className="truncate">{email}</span>
        </a>
      ) : null}
    </span>
  );
}
