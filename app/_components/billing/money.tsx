import { useFormatter } from "next-intl";
import { moneyArgs } from "@/server/billing/money";

/** An amount of minor units in its currency, rounded exactly (server/billing/money.ts), in the reader's locale. */
export function Money({ minor, currency, className }: { minor: string | bigint | number; currency: string; className?: string }) {
  const format = useFormatter();
  const [value, options] = moneyArgs(minor, currency);
  return <span className={className ?? "tabular-nums"}>{format.number(value, options)}</span>;
}
