import { addDays } from '../calendar/today-in.ts';

/** Days between an invoice's issue and its due date. */
export const PAYMENT_TERMS_DAYS = 14;

/** When an invoice issued on `issuedOn` ('YYYY-MM-DD') falls due. */
export function dueDateFor(issuedOn: string): string {
  return addDays(issuedOn, PAYMENT_TERMS_DAYS);
}
