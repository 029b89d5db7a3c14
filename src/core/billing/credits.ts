import type { CreditUse, InvoiceLine } from './invoice.ts';

/**
 * Money owed to the client, taken off invoices (a goodwill credit after a disruption, a
 * refund kept on account). A credit is spent once: each invoice from `fromPeriod` on
 * takes what it can of what is left, and the rest waits for the next invoice, so a
 * credit larger than one invoice is never lost and never applied twice.
 */
export interface Credit {
  id: string;
  /** The credit's full amount, minor units. */
  amountMinor: number;
  /** How much earlier invoices already used (the sum of their credit lines for it). */
  usedMinor: number;
  /** The first period whose invoice may use it. */
  fromPeriod: number;
  /** Shown on the invoice line; defaults to "Credit". */
  description?: string;
}

/** The order credits are spent in: the earliest usable first, then by id. */
export function byCreditOrder(a: Credit, b: Credit): number {
  return a.fromPeriod - b.fromPeriod || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The credit lines for an invoice of period `index` whose lines so far total
 * `dueMinor`: each usable credit, in order, takes min(what is left of it, what is still
 * due). Never takes the total below zero, and adds no line for a zero amount.
 */
export function applyCredits(
  credits: readonly Credit[],
  index: number,
  dueMinor: number,
): { lines: InvoiceLine[]; uses: CreditUse[] } {
  const lines: InvoiceLine[] = [];
  const uses: CreditUse[] = [];
  let due = dueMinor;
  for (const credit of [...credits].sort(byCreditOrder)) {
    if (due <= 0) break;
    const left = credit.amountMinor - credit.usedMinor;
    if (credit.fromPeriod > index || left <= 0) continue;
    const used = Math.min(left, due);
    due -= used;
    lines.push({
      kind: 'credit',
      description: credit.description ?? 'Credit',
      amountMinor: -used,
      sourceId: credit.id,
    });
    uses.push({ creditId: credit.id, amountMinor: used });
  }
  return { lines, uses };
}

/** Problems with a credit taken alone; empty when sound. */
export function creditProblems(credit: Credit): string[] {
  const problems: string[] = [];
  if (typeof credit.id !== 'string' || credit.id === '') problems.push('a credit needs an id');
  if (!Number.isSafeInteger(credit.amountMinor) || credit.amountMinor < 0) {
    problems.push('amount must be a whole amount ≥ 0');
  }
  if (
    !Number.isSafeInteger(credit.usedMinor) ||
    credit.usedMinor < 0 ||
    credit.usedMinor > credit.amountMinor
  ) {
    problems.push('used must be a whole amount from 0 to the credit amount');
  }
  if (!Number.isSafeInteger(credit.fromPeriod) || credit.fromPeriod < 0) {
    problems.push('the first period must be a whole number ≥ 0');
  }
  return problems;
}

/** Throws RangeError for an unsound credit or two credits with the same id. */
export function assertCredits(credits: readonly Credit[]): void {
  const problems = credits.flatMap((c) => creditProblems(c).map((p) => `credit ${c.id}: ${p}`));
  if (new Set(credits.map((c) => c.id)).size !== credits.length) problems.push('credit ids must be unique');
  if (problems.length > 0) throw new RangeError(`Invalid credits: ${problems.join('; ')}`);
}

/** The credits after an invoice has used `uses` of them: what is left carries to the next. */
export function spendCredits(credits: readonly Credit[], uses: readonly CreditUse[]): Credit[] {
  if (uses.length === 0) return [...credits];
  const used = new Map(uses.map((use) => [use.creditId, use.amountMinor]));
  return credits.map((c) => ({ ...c, usedMinor: c.usedMinor + (used.get(c.id) ?? 0) }));
}
