import { describe, expect, it } from 'vitest';
import {
  checkReport,
  isActionVerb,
  missingParts,
  type ReportDraft,
  type ReportRuleId,
} from './report-rules.ts';

const report = (whatWasDone: string, outcome: string, nextStep: string, issues?: string): ReportDraft => ({
  whatWasDone,
  outcome,
  nextStep,
  issues,
});

// Reports a stand-in might really write, and what the owner needs from them.
const CONCRETE: ReportDraft[] = [
  report(
    'Called Maria at 10:15 about the delayed March report',
    'She is fine with a short delay',
    'Agreed to send the draft Friday',
  ),
  report(
    'Emailed the invoice copy she asked for',
    'She confirmed receipt the same afternoon',
    'Check on Monday that accounts paid it',
  ),
  report(
    'Met Tom at his shop to go through the new rota',
    'He signed off two of the three changes',
    'Send him the revised third shift by Thursday',
  ),
  report(
    'Fixed the broken booking link on their website and tested it',
    'Bookings are coming in again since 2pm',
    'Review the booking numbers next week',
  ),
  report(
    'Delivered the printed brochures to the Harbour Road office',
    'Reception signed for 500 copies',
    'Invoice the print run by the 30th',
  ),
  report(
    'Rang Priya back about her cancelled session on Tuesday',
    'We rebooked her for 3 December at 09:00',
    'Remind her by text the day before',
  ),
  report(
    'Reviewed the draft contract with Sam line by line over video',
    'He wants clause 4 softened before he signs',
    'Draft the new clause 4 tomorrow',
  ),
  report(
    'Refunded the double charge of $120 to Lena through the card terminal',
    'She saw the refund pending in her bank app',
    'Confirm it cleared on 2026-12-02',
  ),
  report(
    'Scheduled a face to face meeting with the Okafors for next Wednesday',
    'They accepted the invite and asked for the plan in writing',
    'Write up the recovery plan before the meeting',
  ),
  report(
    'Sent Jonas the updated quote with the winter discount applied',
    'He wants to compare it with last year first',
    'Follow up on Friday if we have not heard back',
  ),
  report(
    'Visited the Green Street studio and replaced the faulty router',
    'Their internet has been stable for two hours',
    'Call them tomorrow morning to check',
  ),
  report(
    'Spoke with Ana for twenty minutes about the postponed workshop',
    'She was upset at first but accepts the new January date',
    'Email her the new agenda this week',
  ),
  report(
    'Paid the supplier invoice for the Martins catering order',
    'Supplier released the order for Saturday delivery',
    'Collect the order Saturday at 8am',
    'The supplier charged a late fee of $25',
  ),
  report(
    'Drafted and emailed the monthly newsletter copy for Bella review',
    'Bella approved it with two typo fixes',
    'Publish it on the 5th',
  ),
  report(
    'Wrote to Mr Hale explaining why his order will be a week late',
    'He replied asking for a partial delivery',
    'Ship the first half on 28/11',
  ),
  report(
    'Phoned the Lees to apologise for the missed Monday session',
    'Everything is fine with them now, they were understanding',
    'Book their make-up session for Thursday 4pm',
  ),
  report(
    'Left a voicemail for Chris about the overdue payment, then texted him',
    'No answer yet to either message',
    'Try calling again Wednesday morning',
  ),
  report(
    'EMAILED THE REVISED TIMELINE TO THE BOARD OF THE FOOD BANK',
    'THE CHAIR ACKNOWLEDGED IT AND FORWARDED IT',
    'PRESENT IT AT THEIR MEETING ON 9 DECEMBER',
  ),
  report(
    'Went to see Mrs Adeyemi at home to walk through the plan',
    'She asked us to keep the Thursday slot',
    'Keep Thursday at 11:00 in the diary',
  ),
  report(
    'Had a call with Dan from Pixel Works about the late logo files',
    'He can live with Monday if he gets drafts first',
    'Share the drafts with him tonight',
  ),
  report(
    'Reached out to the Patels by WhatsApp about the moved delivery slot',
    'They prefer the Saturday slot',
    'Rebook the delivery for Saturday',
  ),
];

// "Everything's fine" in its many forms, plus reports too thin to say what happened.
const VAGUE: [ReportDraft, ReportRuleId[]][] = [
  [
    report("Everything's fine", "Everything's fine", "Everything's fine"),
    ['reassurance_only', 'no_concrete_action'],
  ],
  [report('All good', 'All good', 'Nothing'), ['reassurance_only', 'no_concrete_action']],
  [report('no problems', 'no problems', 'none'), ['reassurance_only']],
  [report('handled it', 'fine', 'carry on'), ['reassurance_only', 'no_concrete_action', 'too_short']],
  [report('fine', 'fine', 'fine'), ['reassurance_only']],
  [report('ok', 'ok', 'ok'), ['reassurance_only']],
  [report('Went well.', 'Went well.', 'More of the same.'), ['reassurance_only', 'next_step_unclear']],
  [
    report('Spoke to client, all sorted', 'Happy', 'Keep in touch'),
    ['reassurance_only', 'next_step_unclear'],
  ],
  [report('Nothing to report', 'Nothing to report', 'Nothing to report'), ['reassurance_only']],
  [report('Checked in with them', 'All good', 'Will check again'), ['too_short', 'reassurance_only']],
  [report('Touched base with the client', 'Positive', 'Same as usual'), ['too_short']],
  [report('Dealt with it, no issues at all', 'No issues', 'n/a'), ['reassurance_only']],
  [report('Took care of everything that came up', 'Client is happy', 'Keep going'), ['no_concrete_action']],
  [
    report('Things are progressing nicely with this one', 'Going well', 'More of the same'),
    ['no_concrete_action'],
  ],
  [report('Busy week, lots happening with this account', 'Good overall', 'TBD'), ['no_concrete_action']],
  [report('Called', 'Fine', 'Later'), ['too_short', 'reassurance_only', 'next_step_unclear']],
  [report('All good, no problems, everything under control', 'Sorted', 'Nothing'), ['reassurance_only']],
  [report("It's all good with this client as usual", 'As expected', 'As usual'), ['no_concrete_action']],
  [
    report('Called Maria at 10:15 about the delayed March report', 'Went well', 'Send the draft Friday'),
    ['reassurance_only'],
  ],
  [
    report('Called Maria at 10:15 about the delayed March report', 'She confirmed', 'Nothing'),
    ['too_short', 'reassurance_only'],
  ],
  [report('', 'She confirmed receipt of the invoice', 'Check again Monday'), ['required']],
  [report('Emailed the invoice copy she asked for', '   ', ''), ['required']],
  [
    report('Sorted everything out for them, all fine now', 'Everything ok', 'Follow up'),
    ['no_concrete_action'],
  ],
  [report('The client is good and happy and fine', 'ok then', 'nothing needed'), ['no_concrete_action']],
  [report('Everything went well today with the client', 'All is well', 'On track'), ['no_concrete_action']],
];

describe('checkReport', () => {
  it.each(CONCRETE.map((draft) => [draft.whatWasDone, draft]))(
    'accepts a concrete report: %s',
    (_, draft) => {
      expect(checkReport(draft)).toEqual({ ok: true });
    },
  );

  it.each(VAGUE.map(([draft, rules]) => [draft.whatWasDone, draft, rules] as const))(
    'refuses a vague report: "%s"',
    (_, draft, rules) => {
      const check = checkReport(draft);
      expect(check.ok).toBe(false);
      if (check.ok) return;
      const found = new Set(check.reasons.map((reason) => reason.rule));
      for (const rule of rules) expect(found, `expected rule ${rule}`).toContain(rule);
      for (const reason of check.reasons) expect(reason.message.length).toBeGreaterThan(10);
    },
  );

  it('names the phrase it refused, the part, and how many words were there', () => {
    const check = checkReport(report('All good, handled it', 'Client happy', 'Call Tom on Monday'));
    expect(check).toEqual({
      ok: false,
      reasons: [
        {
          path: 'whatWasDone',
          rule: 'reassurance_only',
          message: '"All good" is reassurance, not a report: say what you actually did — who, what, when.',
        },
        expect.objectContaining({ path: 'whatWasDone', rule: 'no_concrete_action' }),
        expect.objectContaining({ path: 'outcome', rule: 'reassurance_only' }),
      ],
    });
    const short = checkReport(report('Called Tom twice', 'She confirmed receipt', 'Call Tom on Monday'));
    expect(short).toMatchObject({
      ok: false,
      reasons: [{ path: 'whatWasDone', rule: 'too_short', message: expect.stringContaining('(now 3)') }],
    });
  });

  it('counts different words, so repeating one word is not substance', () => {
    const check = checkReport(
      report('called called called called called called', 'She confirmed receipt', 'Call on Monday'),
    );
    expect(check).toMatchObject({ ok: false, reasons: [{ path: 'whatWasDone', rule: 'too_short' }] });
  });

  it('lists every missing part, and only the missing ones', () => {
    expect(missingParts({ whatWasDone: 'Called Ana', outcome: ' ', nextStep: undefined })).toEqual([
      'outcome',
      'nextStep',
    ]);
    expect(missingParts({ whatWasDone: '...', outcome: 'x', nextStep: 'y' })).toEqual(['whatWasDone']);
    expect(missingParts(report('a', 'b', 'c'))).toEqual([]);
  });

  it('leaves the optional issues part alone', () => {
    const draft = CONCRETE[0] as ReportDraft;
    expect(checkReport({ ...draft, issues: 'All good' })).toEqual({ ok: true });
    expect(checkReport({ ...draft, issues: null })).toEqual({ ok: true });
  });
});

describe('isActionVerb', () => {
  it.each([
    'called',
    'calling',
    'calls',
    'emailed',
    'met',
    'meeting',
    'sent',
    'fixed',
    'delivered',
    'reviewed',
    'agreed',
    'wrote',
    'written',
    'scheduled',
    'scheduling',
    'paid',
    'refunded',
    'visited',
    'drafted',
    'replied',
    'planned',
    'shipping',
    're-scheduled',
    'rescheduled',
  ])('%s names an action', (word) => {
    expect(isActionVerb(word)).toBe(true);
  });

  it.each([
    'handled',
    'sorted',
    'fine',
    'everything',
    'client',
    'happy',
    'dealt',
    'took',
    'touched',
    'progressing',
  ])('%s does not', (word) => {
    expect(isActionVerb(word)).toBe(false);
  });
});
