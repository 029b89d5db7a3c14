/**
 * What kind of account, which decides the side a balance normally sits on and where it
 * shows in a report. `memo` accounts are off the balance sheet: they come in pairs that
 * offset each other, so they can track a figure (the deferred value of a payment
 * holiday) through the same journal without touching assets, income or equity.
 */
export type AccountType = 'asset' | 'liability' | 'income' | 'contra-income' | 'expense' | 'memo';

/** The side on which an account's balance is positive. */
export type NormalSide = 'debit' | 'credit';

export interface AccountDefinition {
  name: string;
  type: AccountType;
  normalSide: NormalSide;
  /**
   * Lines on this account must name the client: these are the per-client subledgers
   * (what a client owes us, what we owe them), which the check reconciles client by client.
   */
  isPerClient: boolean;
}

/**
 * The chart of accounts. One workspace, one currency: every amount is integer minor
 * units of the workspace's currency, trade units included (see `trade_currency`).
 */
export const ACCOUNTS = {
  accounts_receivable: {
    name: 'Accounts receivable',
    type: 'asset',
    normalSide: 'debit',
    isPerClient: true,
  },
  revenue: { name: 'Revenue', type: 'income', normalSide: 'credit', isPerClient: false },
  // Gross price on `revenue`, agreed reductions here, so a report can show both the list
  // price earned and what the save desk gave away to keep the client.
  discounts_given: {
    name: 'Discounts given',
    type: 'contra-income',
    normalSide: 'debit',
    isPerClient: false,
  },
  // A payment holiday posts the skipped value here and on its offset, nothing else.
  // Why memo accounts and not an asset: the client has no obligation to pay for the
  // skipped periods as such. They commit to N more periods at the end, and those are
  // invoiced (and earn revenue) when they come. Recording the skipped value as a
  // receivable would overstate assets for money that may never come (the client may
  // still leave), and crediting revenue now would count the same periods twice once the
  // extension is billed. Yet the save desk must see the deferred balance, per client,
  // derived from the journal like every other figure: so the holiday invoice debits this
  // memo account and credits its offset, and each paid extension period reverses a
  // period's worth (`postHolidayRecovery`). The balance is what is still to be recovered.
  holiday_deferred: {
    name: 'Payment holiday deferred (memo)',
    type: 'memo',
    normalSide: 'debit',
    isPerClient: true,
  },
  holiday_deferred_offset: {
    name: 'Payment holiday commitments (memo offset)',
    type: 'memo',
    normalSide: 'credit',
    isPerClient: true,
  },
  // What we owe a client: overpayments and service credits granted. Spent by a `credit`
  // line on a later invoice or by a payment with the `service_credit` method, or refunded.
  customer_credits: {
    name: 'Customer credit balances',
    type: 'liability',
    normalSide: 'credit',
    isPerClient: true,
  },
  // The cost of credits we grant (a thank-you after a disruption, a referral's free
  // month): a reduction of revenue, booked when granted, not when spent.
  service_credit: {
    name: 'Service credits granted',
    type: 'contra-income',
    normalSide: 'debit',
    isPerClient: false,
  },
  cash: { name: 'Cash on hand', type: 'asset', normalSide: 'debit', isPerClient: false },
  // Card payments are owed by the processor until it settles them into the bank.
  card_clearing: { name: 'Card clearing', type: 'asset', normalSide: 'debit', isPerClient: false },
  // Cheques received and not yet cleared: they can still bounce.
  cheques: { name: 'Cheques to deposit', type: 'asset', normalSide: 'debit', isPerClient: false },
  bank: { name: 'Bank', type: 'asset', normalSide: 'debit', isPerClient: false },
  // Direct barter: the client settles an invoice with goods or services at fair market
  // value. Until they are delivered the client owes them to us; once delivered they are
  // an expense of the business (`postBarterReceipt`). The revenue was booked by the
  // invoice, which is why barter income is taxable like any other.
  barter_receivable: {
    name: 'Barter receivable',
    type: 'asset',
    normalSide: 'debit',
    isPerClient: true,
  },
  barter_expense: { name: 'Barter purchases', type: 'expense', normalSide: 'debit', isPerClient: false },
  // Trade-exchange units (ITEX-style), carried at par: one trade unit per unit of the
  // workspace currency, as the exchanges themselves report them.
  trade_currency: {
    name: 'Trade exchange balance',
    type: 'asset',
    normalSide: 'debit',
    isPerClient: false,
  },
  trade_exchange_fees: {
    name: 'Trade exchange fees',
    type: 'expense',
    normalSide: 'debit',
    isPerClient: false,
  },
} as const satisfies Record<string, AccountDefinition>;

export type AccountCode = keyof typeof ACCOUNTS;

export const ACCOUNT_CODES = Object.keys(ACCOUNTS) as AccountCode[];

export function isAccountCode(code: string): code is AccountCode {
  return Object.hasOwn(ACCOUNTS, code);
}
