import type { z } from 'zod';
import type {
  AppliedView,
  applyThankYouBody,
  ResolvedView,
  resolveBody,
  ThankYouPage,
  ThankYouView,
  thankYouChoiceBody,
} from '../../../features/disruption-thanks/schemas.ts';

// Resolution and step 6's thank-yous. The server's own zod schemas, read as types only.

export type ThankYou = ThankYouView;
export type ThankYouKind = ThankYou['kind'];
export type ThankYouList = ThankYouPage;
export type ThankYouRow = ThankYouPage['items'][number];
export type ThankYouChoice = z.input<typeof thankYouChoiceBody>;
export type ApplyThankYouInput = z.input<typeof applyThankYouBody>;
export type ResolveInput = z.input<typeof resolveBody>;
export type Resolved = ResolvedView;
export type Applied = AppliedView;
