import type { Channel } from '../interactions/channels.ts';
import { percentOf } from '../money/percent-of.ts';
import type { ThankYouKind } from './vocabulary.ts';

/**
 * Step 6: what each kind of thank-you is and how it is given. The money kinds go
 * through billing — a service credit and a free month become a credit on the client's
 * agreement (a free month = the price of the next period not yet invoiced), a discount a
 * reduction for some periods — and the others are done by hand and leave a touch on the
 * client's timeline.
 */
export type ThankYouChoice =
  | { kind: 'service_credit'; terms: { amountMinor: number } }
  | { kind: 'free_month'; terms: Record<string, never> }
  | { kind: 'discount'; terms: { basisPoints: number; periods: number } }
  | { kind: 'gift'; terms: { description: string } }
  | { kind: 'handwritten_note'; terms: Record<string, never> }
  | { kind: 'call'; terms: Record<string, never> };

/** When a resolution names no thank-you, everyone starts with a handwritten note: free, always possible. */
export const DEFAULT_THANK_YOU: ThankYouChoice = { kind: 'handwritten_note', terms: {} };

/** The longest discount a thank-you gives; longer is a price change, not a thanks. */
export const MAX_DISCOUNT_PERIODS = 12;

export const MONEY_KINDS: readonly ThankYouKind[] = ['service_credit', 'free_month', 'discount'];

export function isMoneyKind(kind: ThankYouKind): boolean {
  return MONEY_KINDS.includes(kind);
}

/** How a chosen thank-you is given when it is marked done. */
export type ThankYouApplication =
  | { via: 'credit'; amountMinor: number; description: string }
  | { via: 'reduction'; basisPoints: number; periods: number; valueMinor: number }
  | { via: 'timeline'; channel: Channel; summary: string };

/**
 * What marking `choice` done does, given the price per period the client's agreement will
 * bill next (null when the client has no live agreement). Returns a refusal reason when
 * it cannot be given that way.
 */
export function thankYouApplication(
  choice: ThankYouChoice,
  nextPeriodPriceMinor: number | null,
): ThankYouApplication | { refused: string } {
  switch (choice.kind) {
    case 'service_credit':
      if (nextPeriodPriceMinor === null) return { refused: NO_AGREEMENT };
      return { via: 'credit', amountMinor: choice.terms.amountMinor, description: 'Thank-you credit' };
    case 'free_month':
      if (nextPeriodPriceMinor === null) return { refused: NO_AGREEMENT };
      if (nextPeriodPriceMinor <= 0)
        return { refused: 'The next period costs nothing; a free month adds nothing' };
      return { via: 'credit', amountMinor: nextPeriodPriceMinor, description: 'Free month: thank you' };
    case 'discount': {
      if (nextPeriodPriceMinor === null) return { refused: NO_AGREEMENT };
      const { basisPoints, periods } = choice.terms;
      const valueMinor = percentOf(nextPeriodPriceMinor, basisPoints) * periods;
      return { via: 'reduction', basisPoints, periods, valueMinor };
    }
    case 'gift':
      return { via: 'timeline', channel: 'other', summary: `Thank-you gift: ${choice.terms.description}` };
    case 'handwritten_note':
      return { via: 'timeline', channel: 'letter', summary: 'Handwritten thank-you note' };
    case 'call':
      return { via: 'timeline', channel: 'call', summary: 'Thank-you call' };
  }
}

const NO_AGREEMENT = 'The client has no live agreement to apply a money thank-you to';
