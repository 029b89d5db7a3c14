// The words of the demo's disruption: a burst pipe floods the studio. `{first}` is the
// client's first name, `{date}` the new promised date, spelled out; see `demo-disruption.ts`.

export const FLOOD = {
  title: 'Studio flooded',
  privateDetail:
    'A pipe burst in the flat upstairs overnight. The large-format printer, two workstations and the photo ' +
    'backdrops are ruined. The insurer says the claim takes four to six weeks, so cash is tight until it ' +
    'pays out: no new equipment before then. Alex is handling the landlord and the insurer.',
  clientMessage:
    'A burst pipe flooded our studio. Nobody was hurt and all your files are safe, but our printer and ' +
    'photo studio are out of action while the repairs are done, so some print and photo work will be ' +
    'late. We are working from a temporary studio and answer calls and e-mails as usual.',
} as const;

export const TEMPORARY_STUDIO = 'Our temporary studio, 14 Mill Lane (first floor)';

/** The recovery plan, in order; `state` is where each step is by today. */
export const PLAN_STEPS = [
  {
    key: 'move',
    title: 'Move into a temporary studio',
    detail: 'Desks and the shared drive are up at 14 Mill Lane; phones and e-mail work as usual.',
  },
  {
    key: 'print',
    title: 'Send print jobs to a partner printer',
    detail: 'Urgent print work goes to a partner print shop until our own printer is replaced.',
  },
  {
    key: 'repair',
    title: 'Dry out and repair the studio',
    detail: 'Dehumidifiers first, then new flooring and wiring once the insurer has signed off.',
  },
  {
    key: 'reopen',
    title: 'Reopen the photo studio and catch up on shoots',
    detail: 'Cancelled shoots are rebooked first, in the order they were cancelled.',
  },
] as const;

export const ESTIMATE_SLIP = {
  reason: 'The assessor found damp in the walls: drying out takes about a week longer.',
  promiseReason: 'The dry-out takes a week longer than we thought; three days of room kept.',
};

export const TOUCHES = {
  firstCall: {
    summary: 'Called {first} about the flood: files safe, print and photo work running late',
    body: 'Explained what happened and when the delayed work should ship. {first} took it well and asked to be kept posted.',
  },
  lateFirstCall: {
    summary: 'Called {first} about the flood, later than we should have: apologised and gave the date',
    body: '{first} had heard about the flood from a neighbour and was glad of the call.',
  },
  newDateCall: {
    summary: 'Called {first}: the date has moved to {date}',
    body: 'Walked through why the repairs take longer and what we do meanwhile.',
  },
  weeklyCall: {
    summary: 'Weekly call with {first}: repairs under way, the new date is {date}',
    body: '{first} asked for their photo shoot to move to the week after we reopen.',
  },
  worriedCall: {
    summary: '{first} called: worried the spring flyers will not be ready in time',
    body: 'Needs 500 flyers for a spring promotion; asked whether the flood changes that.',
  },
  worriedAnswer: {
    summary: 'Called {first} back: the flyers go to our partner printer and arrive in time',
  },
  question: {
    summary: '{first} asked whether the new posters can wait for our own printer',
  },
  questionAnswer: {
    summary: 'Replied to {first}: yes, the posters can wait; proofs by e-mail meanwhile',
  },
} as const;

export const MEETINGS = {
  held: {
    notes: 'How we catch up on your work, and what you need from us while the studio is closed.',
    summary:
      'Went through the four steps of our plan. {first} wants the spring campaign first and is happy with proofs by e-mail until the printer is back.',
  },
  booked: {
    notes: 'Where the repairs are, the new date, and which of your jobs we do first.',
  },
} as const;

/** Short enough to be the timeline entry's summary whole. */
export const CLIENT_INPUT =
  'Please do the spring campaign first when the printer is back. Proofs by e-mail are fine until then.';

/** Jordan's reports: each passes the vague-report rules; the owner sends one back all the same. */
export const REPORTS = {
  accepted: {
    whatWasDone:
      'Called {first} the afternoon of the flood: explained what happened, that their files are safe, and when the delayed work ships.',
    outcome: '{first} understood and agreed to get proofs by e-mail until our printer is replaced.',
    nextStep: 'Send the first digital proofs within three days and call again next week.',
    issues: null,
  },
  sentBack: {
    whatWasDone:
      'Phoned {first} and went through the delay to their printed leaflets, and the reasons for it.',
    outcome: '{first} is unhappy about waiting and wants a firm delivery date.',
    nextStep: 'Follow up with {first} later this week.',
    issues: null,
  },
  waiting: {
    whatWasDone:
      'Called {first} for the weekly update, told them the new date and walked through the plan step by step.',
    outcome: '{first} accepts the new date but asked to move their photo shoot to the week after we reopen.',
    nextStep: 'Book the new shoot date with {first} by the end of the week and confirm it by e-mail.',
    issues: 'The shoot needs the photo studio, which is still drying out.',
  },
} as const;

export const SEND_BACK_COMMENT =
  'Which date did you give {first}? Agree a firm delivery date with the partner printer, put it in the ' +
  'report, and say when you will call {first} back.';
