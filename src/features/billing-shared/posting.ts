import { AppError } from '../../core/errors/app-error.ts';
import type { JournalEntry } from '../../core/ledger/journal-entry.ts';
import type { PostingResult } from '../../core/ledger/posting-result.ts';

/**
 * The entry a posting produced, or the refusal as the API's error: a malformed amount is
 * invalid input (400), any other refusal a rule refused (422).
 */
export function requirePosted(result: PostingResult): JournalEntry {
  if (result.ok) return result.entry;
  const code = result.code === 'invalid_amount' ? 'invalid_input' : 'rule_refused';
  throw new AppError(code, result.message, [{ path: result.code, message: result.message }]);
}
