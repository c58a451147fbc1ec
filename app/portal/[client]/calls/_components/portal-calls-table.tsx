import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { VoicemailIcon } from "@/app/_components/icons";
import { Badge, type BadgeTone } from "@/app/_components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/app/_components/ui/table";
import { formatDuration } from "@/app/a/[agency]/calls/_components/format-duration";
import { formatPhone } from "@/server/lib/phone";
import type { CallStatus } from "@/server/generated/prisma/enums";

export const RESULT_TONE: Partial<Record<CallStatus, BadgeTone>> = { COMPLETED: "green", ABANDONED: "red", VOICEMAIL: "violet", FAILED: "red" };

type Row = {
  id: string; startedAt: Date; fromNumber: string; callerName: string | null; status: CallStatus; outcome: string | null;
  waitSeconds: number | null; talkSeconds: number | null; hotlineName: string; hasAudio: boolean;
};

/** The page of calls: each row opens the call. Phones get the caller, time and result; wider screens the rest. */
export async function PortalCallsTable({ base, rows, timeZone, outcomes }: { base: string; rows: Row[]; timeZone: string; outcomes: Map<string, string> }) {
  const t = await getTranslations("reports.calls");
  const tr = await getTranslations("reports.result");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { timeZone, dateStyle: "short", timeStyle: "short" });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("caller")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("started")}</TableHead>
          <TableHead>{t("result")}</TableHead>
          <TableHead className="hidden md:table-cell">{t("outcome")}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t("wait")}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t("talk")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((c) => (
          <TableRow key={c.id} className="relative">
            <TableCell className="max-w-[13rem] sm:max-w-none">
              <Link href={`${base}/${c.id}`} className="font-medium whitespace-nowrap text-zinc-900 tabular-nums after:absolute after:inset-0 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600">
                {c.fromNumber ? formatPhone(c.fromNumber) : t("unknownCaller")}
              </Link>
              <p className="truncate text-xs text-zinc-500">{[c.callerName, c.hotlineName].filter(Boolean).join(" · ")}</p>
              {/* On phones the time moves under the caller, so the result stays in view without scrolling. */}
              <p className="text-xs text-zinc-500 tabular-nums sm:hidden">{when(c.startedAt)}</p>
            </TableCell>
            <TableCell className="hidden whitespace-nowrap tabular-nums sm:table-cell">{when(c.startedAt)}</TableCell>
            <TableCell>
              <span className="inline-flex items-center gap-1.5">
                <Badge tone={RESULT_TONE[c.status] ?? "neutral"}>{c.status in RESULT_TONE ? tr(c.status as "COMPLETED") : c.status}</Badge>
                {c.hasAudio ? <VoicemailIcon className="size-4 text-zinc-400" aria-label={t("audio")} /> : null}
              </span>
            </TableCell>
            <TableCell className="hidden md:table-cell">{c.outcome ? (outcomes.get(c.outcome) ?? c.outcome) : <span className="text-zinc-300">—</span>}</TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">{formatDuration(c.waitSeconds) ?? <span className="text-zinc-300">—</span>}</TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">{formatDuration(c.talkSeconds) ?? <span className="text-zinc-300">—</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
