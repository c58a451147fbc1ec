import type { Metrics } from "../metrics/metrics";

export type Totals = { offered: number; answered: number; abandoned: number; shortAbandoned: number; abandonRate: number | null; serviceLevel: number | null; talkMinutes: number; asaSeconds: number | null };

/** Abandoned ÷ offered, short abandons left out of both (they never had a chance to be answered). */
export function abandonRate(m: Pick<Metrics, "offered" | "abandoned" | "shortAbandoned">): number | null {
  const base = m.offered - m.shortAbandoned;
  return base > 0 ? Math.max(0, m.abandoned - m.shortAbandoned) / base : null;
}

/**
 * All clients' figures added up. Service level is re-weighted by each client's counted calls
 * (offered − short abandons), which is what summing `answeredInSla` would give: not an average of percentages;
 * the average answer likewise by each client's answered calls (the sum of their waits ÷ all answered).
 */
export function overviewTotals(rows: readonly Metrics[]): Totals {
  let offered = 0, answered = 0, abandoned = 0, short = 0, talkMinutes = 0, inSla = 0, counted = 0, waited = 0;
  for (const m of rows) {
    offered += m.offered;
    answered += m.answered;
    abandoned += m.abandoned;
    short += m.shortAbandoned;
    talkMinutes += m.talkMinutes;
    if (m.asaSeconds !== null) waited += m.asaSeconds * m.answered;
    if (m.serviceLevel !== null) {
      inSla += m.serviceLevel * (m.offered - m.shortAbandoned);
      counted += m.offered - m.shortAbandoned;
    }
  }
  return { offered, answered, abandoned, shortAbandoned: short, abandonRate: abandonRate({ offered, abandoned, shortAbandoned: short }), serviceLevel: counted > 0 ? inSla / counted : null, talkMinutes, asaSeconds: answered > 0 ? waited / answered : null };
}
