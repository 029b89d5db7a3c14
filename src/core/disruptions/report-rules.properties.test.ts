// What must hold for every report, not only the table's: reassurance never adds substance,
// and the verdict is about the words, not their case or spacing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport, type ReportDraft, type ReportPart } from './report-rules.ts';
import { ACTION_VERBS, REASSURANCE_PHRASES } from './report-words.ts';

const PARTS: ReportPart[] = ['whatWasDone', 'outcome', 'nextStep'];

// Words of every kind the rules look at, so generated reports land on both sides of the line.
const vocabulary = fc.constantFrom(
  ...[...ACTION_VERBS].slice(0, 40),
  'called',
  'emailed',
  'met',
  'Maria',
  'invoice',
  'Friday',
  'about',
  'the',
  'report',
  'at',
  '10:15',
  'draft',
  'client',
  'she',
  'confirmed',
  'on',
  'monday',
  'new',
  'date',
  'sorted',
  'fine',
  'all',
  'good',
  'everything',
  'issues',
  'no',
  'nothing',
);
const sentence = fc.array(vocabulary, { minLength: 0, maxLength: 12 }).map((list) => list.join(' '));
const draftArb = fc.record({ whatWasDone: sentence, outcome: sentence, nextStep: sentence });
const reassurance = fc.constantFrom(...REASSURANCE_PHRASES, "Everything's fine.", 'All good!', 'No issues.');

const verdict = (draft: ReportDraft) => checkReport(draft).ok;

describe('checkReport properties', () => {
  it('adding "Everything\'s fine." (or any reassurance) never turns a refused report into an accepted one', () => {
    fc.assert(
      fc.property(draftArb, fc.constantFrom(...PARTS), reassurance, (draft, part, phrase) => {
        fc.pre(!verdict(draft));
        expect(verdict({ ...draft, [part]: `${draft[part]} ${phrase}` })).toBe(false);
        expect(verdict({ ...draft, [part]: `${phrase} ${draft[part]}` })).toBe(false);
      }),
    );
  });

  it('adding reassurance beside concrete content does not refuse a good report', () => {
    fc.assert(
      fc.property(draftArb, fc.constantFrom(...PARTS), reassurance, (draft, part, phrase) => {
        fc.pre(verdict(draft));
        expect(verdict({ ...draft, [part]: `${draft[part]}. ${phrase}` })).toBe(true);
      }),
    );
  });

  it('does not depend on letter case or surrounding whitespace', () => {
    const whitespace = fc.constantFrom('', ' ', '  ', '\n', '\t', ' \n ');
    fc.assert(
      fc.property(draftArb, whitespace, whitespace, fc.boolean(), (draft, before, after, upper) => {
        const change = (text: string) =>
          `${before}${upper ? text.toUpperCase() : text.toLowerCase()}${after}`;
        const changed = {
          whatWasDone: change(draft.whatWasDone),
          outcome: change(draft.outcome),
          nextStep: change(draft.nextStep),
        };
        expect(checkReport(changed)).toEqual(checkReport(draft));
      }),
    );
  });

  it('refuses with at least one reason exactly when it does not accept, each naming a part and a rule', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const check = checkReport(draft);
        if (check.ok) return;
        expect(check.reasons.length).toBeGreaterThan(0);
        for (const reason of check.reasons) {
          expect(PARTS).toContain(reason.path);
          expect(reason.message).not.toBe('');
        }
      }),
    );
  });

  it('never accepts a report made only of reassurance', () => {
    const only = fc.array(reassurance, { minLength: 1, maxLength: 8 }).map((list) => list.join(' '));
    fc.assert(
      fc.property(only, only, only, (whatWasDone, outcome, nextStep) => {
        expect(verdict({ whatWasDone, outcome, nextStep })).toBe(false);
      }),
    );
  });
});
