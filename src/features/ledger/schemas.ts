import { z } from 'zod';
import { calendarDate } from '../shared/fields.ts';

export const ledgerCheckView = z.object({
  isBalanced: z.boolean(),
  entries: z.number().int(),
  clients: z.number().int(),
  invoices: z.number().int(),
  problems: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      clientId: z.string().optional(),
      invoiceId: z.string().optional(),
      source: z.object({ kind: z.string(), id: z.string() }).optional(),
    }),
  ),
});

export const trialBalanceQuery = z
  .object({
    /** Entries posted on or before this date; default the workspace's today. */
    asOf: calendarDate.optional(),
  })
  .strict();

export const trialBalanceView = z.object({
  asOf: z.string(),
  currency: z.string(),
  accounts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      type: z.string(),
      normalSide: z.enum(['debit', 'credit']),
      debitMinor: z.number().int(),
      creditMinor: z.number().int(),
      /** On the account's normal side: positive is the usual direction. */
      balanceMinor: z.number().int(),
    }),
  ),
  totalDebitMinor: z.number().int(),
  totalCreditMinor: z.number().int(),
});

export type TrialBalanceView = z.infer<typeof trialBalanceView>;
export type LedgerCheckView = z.infer<typeof ledgerCheckView>;
