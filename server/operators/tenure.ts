/**
 * Whole months employed from `hireDate` ("YYYY-MM-DD") to `today` ("YYYY-MM-DD", in the agency's zone):
 * the agency tracks tenure (subsidies start at twelve months). A month counts once its day is reached;
 * a future hire date is 0.
 */
export function tenureMonths(hireDate: string, today: string): number {
  const [hy, hm, hd] = hireDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const months = (ty - hy) * 12 + (tm - hm) - (td < hd ? 1 : 0);
  return Math.max(0, months);
}

/** Months as years and months, for "2 y 3 mo". */
export const splitTenure = (months: number) => ({ years: Math.floor(months / 12), months: months % 12 });
