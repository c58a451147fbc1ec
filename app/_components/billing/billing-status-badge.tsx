import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";

const TONES: Record<string, BadgeTone> = { NONE: "neutral", ACTIVE: "green", PAST_DUE: "red", UNPAID: "red", CANCELED: "neutral" };

/** Where a client's billing stands (ClientBilling.status). */
export function BillingStatusBadge({ status }: { status: string }) {
  const t = useTranslations("billing.status");
  return <Badge tone={TONES[status] ?? "neutral"}>{t.has(status as never) ? t(status as never) : status}</Badge>;
}

const INVOICE_TONES: Record<string, BadgeTone> = { draft: "neutral", open: "amber", paid: "green", uncollectible: "red", void: "neutral" };

/** A Stripe invoice status (draft | open | paid | uncollectible | void); a failed payment shows as such. */
export function InvoiceStatusBadge({ status, paymentFailed }: { status: string; paymentFailed?: boolean }) {
  const t = useTranslations("billing.invoiceStatus");
  if (paymentFailed && status === "open") return <Badge tone="red">{t("failed")}</Badge>;
  return <Badge tone={INVOICE_TONES[status] ?? "neutral"}>{t.has(status as never) ? t(status as never) : status}</Badge>;
}
