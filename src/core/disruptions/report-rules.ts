import { ACTION_VERBS, IRREGULAR_VERBS, REASSURANCE_PHRASES, TIME_WORDS } from './report-words.ts';

/**
 * "Don't accept 'Everything's fine' as an answer" (the article, step 3). A stand-in's
 * report is checked by a few named rules before it is stored; each refusal says which rule
 * and why, in words the stand-in can act on. The same function runs in the browser, so the
 * form shows the reasons while the stand-in types.
 */

/** The parts of a report; `issues` is optional, the rest are required. */
export interface ReportDraft {
  whatWasDone?: string | null | undefined;
  outcome?: string | null | undefined;
  nextStep?: string | null | undefined;
  issues?: string | null | undefined;
}

export type ReportPart = 'whatWasDone' | 'outcome' | 'nextStep';

export const REPORT_RULE_IDS = [
  'required',
  'too_short',
  'reassurance_only',
  'no_concrete_action',
  'next_step_unclear',
] as const;
export type ReportRuleId = (typeof REPORT_RULE_IDS)[number];

export interface ReportReason {
  /** The part the reason is about. */
  path: ReportPart;
  rule: ReportRuleId;
  message: string;
}

export type ReportCheck = { ok: true } | { ok: false; reasons: ReportReason[] };

/** What each rule asks for, in plain words (shown beside the form and in the API docs). */
export const REPORT_RULES: Record<ReportRuleId, string> = {
  required: 'A report says what was done, what came of it, and what happens next.',
  too_short: 'Each part is long enough to say what happened (counted in different words, not characters).',
  reassurance_only: '"Everything\'s fine", "all good", "no issues" and the like do not count as content.',
  no_concrete_action: 'What was done names an action: called, emailed, met, sent, fixed, delivered…',
  next_step_unclear: 'The next step says what will be done, or when.',
};

/** Fewest different words, reassurance left out, each part needs. */
export const MIN_WORDS: Record<ReportPart, number> = { whatWasDone: 6, outcome: 3, nextStep: 3 };

const LABELS: Record<ReportPart, string> = {
  whatWasDone: 'What was done',
  outcome: 'Outcome',
  nextStep: 'Next step',
};

const MISSING: Record<ReportPart, string> = {
  whatWasDone: 'Say what was done: who you contacted or what you worked on.',
  outcome: 'Say what came of it.',
  nextStep: 'Say what happens next.',
};

const REASSURANCE: Record<ReportPart, string> = {
  whatWasDone: 'is reassurance, not a report: say what you actually did — who, what, when.',
  outcome: 'is reassurance, not an outcome: say what actually came of it.',
  nextStep: 'is reassurance, not a next step.',
};

const PARTS: readonly ReportPart[] = ['whatWasDone', 'outcome', 'nextStep'];

/** Checks a report against every rule; all the reasons at once, in the form's order. */
export function checkReport(draft: ReportDraft): ReportCheck {
  const reasons: ReportReason[] = [];
  for (const path of PARTS) reasons.push(...checkPart(path, draft[path] ?? ''));
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/** The parts left blank, for the "what is missing" refusal. */
export function missingParts(draft: ReportDraft): ReportPart[] {
  return PARTS.filter((path) => words(draft[path] ?? '').length === 0);
}

function checkPart(path: ReportPart, text: string): ReportReason[] {
  const tokens = words(text);
  if (tokens.length === 0) return [{ path, rule: 'required', message: MISSING[path] }];
  const reasons: ReportReason[] = [];
  const { substance, reassurance } = splitReassurance(tokens);
  const distinct = new Set(substance).size;
  if (distinct < MIN_WORDS[path]) {
    reasons.push(
      reassurance.length > 0
        ? {
            path,
            rule: 'reassurance_only',
            message: `"${capitalise(reassurance[0] ?? '')}" ${REASSURANCE[path]}`,
          }
        : {
            path,
            rule: 'too_short',
            message: `${LABELS[path]} is too short to say what happened: write at least ${MIN_WORDS[path]} different words (now ${distinct}).`,
          },
    );
  }
  if (path === 'whatWasDone' && !substance.some(isActionVerb)) {
    reasons.push({
      path,
      rule: 'no_concrete_action',
      message:
        'Name what you did — called, emailed, met, sent, fixed, delivered… — not only that it was handled.',
    });
  }
  if (path === 'nextStep' && !substance.some((word) => isActionVerb(word) || isTimeWord(word))) {
    reasons.push({
      path,
      rule: 'next_step_unclear',
      message: 'Say what will be done next, and when — for example "Send the revised quote by Friday".',
    });
  }
  return reasons;
}

/**
 * Lower-cased words: letters and digits, keeping inner apostrophes and the marks of times
 * and dates (everything's, n/a, 10:15, 2026-12-04). Case, curly quotes and spacing never
 * change the verdict.
 */
export function words(text: string): string[] {
  const normal = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  return normal.match(/[\p{L}\p{N}]+(?:['/:.-][\p{L}\p{N}]+)*/gu) ?? [];
}

const PHRASES = REASSURANCE_PHRASES.map(words).sort((a, b) => b.length - a.length);

/** Takes out every reassurance phrase (longest first) and returns what is left. */
function splitReassurance(tokens: string[]): { substance: string[]; reassurance: string[] } {
  const substance: string[] = [];
  const reassurance: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = PHRASES.find((candidate) => candidate.every((word, k) => tokens[i + k] === word));
    if (phrase) {
      reassurance.push(phrase.join(' '));
      i += phrase.length;
    } else {
      substance.push(tokens[i] as string);
      i += 1;
    }
  }
  return { substance, reassurance };
}

/** Whether a word is one of the action verbs, inflected or not (called, emailing, met). */
export function isActionVerb(word: string): boolean {
  return word.split('-').some((part) => stems(part).some((stem) => ACTION_VERBS.has(stem)));
}

// The base forms a word may come from: itself, an irregular past, or the word less a suffix
// (with a doubled consonant undone and a dropped "e" put back: planned, scheduling).
function stems(word: string): string[] {
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) return [irregular];
  const found = [word];
  for (const suffix of ['s', 'es', 'd', 'ed', 'ing']) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const base = word.slice(0, -suffix.length);
    found.push(base, `${base}e`);
    if (/([bdgklmnprt])\1$/.test(base)) found.push(base.slice(0, -1));
  }
  if (/[^aeiou]ie[sd]$/.test(word)) found.push(`${word.slice(0, -3)}y`);
  return found;
}

function isTimeWord(word: string): boolean {
  if (TIME_WORDS.has(word) || (word.endsWith('s') && TIME_WORDS.has(word.slice(0, -1)))) return true;
  if (['day', 'days', 'hour', 'hours', 'am', 'pm', 'noon', 'midday'].includes(word)) return true;
  return (
    /^\d{1,2}[:.]\d{2}$/.test(word) ||
    /^\d{4}-\d{2}-\d{2}$/.test(word) ||
    /^\d{1,2}\/\d{1,2}(\/\d{2,4})?$/.test(word) ||
    /^\d{1,2}(st|nd|rd|th|am|pm)$/.test(word)
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
