import type { Channel } from '../interactions/channels.ts';

// What a marketing studio and its clients say to each other. `{first}` is the contact's
// first name, `{work}` what the studio does for them, `{prev}` last month, `{season}`
// the season ahead, `{years}` the years together; see `fillPhrase`.

/** An inbound request and how it was answered. */
export interface RequestPhrase {
  channel: Channel;
  summary: string;
  answerChannel: Channel;
  answer: string;
  body?: string;
  /** Comes up now and then, not every month (who still faxes?). */
  isRare?: boolean;
}

/** A fault on our side: the kind of disruption a service credit makes up for. */
export const FORM_BROKEN: RequestPhrase = {
  channel: 'call',
  summary: '{first} called: the contact form on the website stopped sending',
  answerChannel: 'call',
  answer: 'Called {first} back: form fixed and tested together',
};

/** A client short of money: where the save desk offers a payment holiday or a reduction. */
export const BOOKINGS_DOWN: RequestPhrase = {
  channel: 'call',
  summary: '{first} called, worried about fewer bookings this month',
  answerChannel: 'call',
  answer: 'Called back: went through the numbers and planned a push for next month',
  body:
    'Bookings are down about 15% on last year. {first} thinks a new competitor nearby is the reason. ' +
    'Agreed to try a loyalty offer in the next newsletter and to look at the numbers again in a month.',
};

export const REQUESTS: readonly RequestPhrase[] = [
  FORM_BROKEN,
  {
    channel: 'email',
    summary: '{first} asked to move the newsletter to Thursdays',
    answerChannel: 'email',
    answer: 'Replied: the newsletter moves to Thursdays from next week',
  },
  {
    channel: 'call',
    summary: '{first} called about a promotion for {season}',
    answerChannel: 'call',
    answer: 'Returned the call: agreed a budget and dates for the {season} promotion',
  },
  {
    channel: 'voicemail',
    summary: 'Voicemail from {first}: please call back about the proof',
    answerChannel: 'call',
    answer: 'Called {first} back: proof approved with two small changes',
  },
  {
    channel: 'email',
    summary: 'Question about the last invoice',
    answerChannel: 'email',
    answer: 'Explained the invoice: the extra line is the {prev} print run',
  },
  {
    channel: 'sms',
    summary: "{first}: can we move Thursday's meeting?",
    answerChannel: 'sms',
    answer: 'Moved the meeting to Friday at 10',
  },
  BOOKINGS_DOWN,
  {
    channel: 'email',
    summary: '{first} sent new photos for the {work}',
    answerChannel: 'email',
    answer: 'Thanked {first}: the photos go live this week',
  },
  {
    channel: 'call',
    summary: '{first} asked whether we could also help with their Google reviews',
    answerChannel: 'email',
    answer: 'Sent {first} a short plan and price for handling reviews',
  },
  {
    channel: 'fax',
    summary: 'Signed order form arrived by fax',
    answerChannel: 'email',
    answer: 'Confirmed receipt of the signed order form to {first}',
    isRare: true,
  },
];

export const UPDATES: readonly string[] = [
  'Sent the {prev} results for the {work}',
  'Shared first drafts for the {work}',
  'Sent the revised quote for the {work}',
  'Sent promotion ideas for {season}',
  "Followed up on last week's changes to the {work}",
  'Sent the invoice with a short note of thanks',
];

export const MEETINGS: readonly { channel: Channel; summary: string; body?: string }[] = [
  {
    channel: 'meeting_video',
    summary: 'Quarterly review: results and next steps for the {work}',
    body:
      'Went through traffic, enquiries and what they turned into. Next quarter: fewer posts, better ' +
      'photos, one campaign around {season}. {first} will send the new price list.',
  },
  { channel: 'meeting_in_person', summary: "Strategy session at {first}'s place: planned the next quarter" },
  { channel: 'meeting_in_person', summary: 'Photo shoot on site for the {work}' },
  { channel: 'meeting_video', summary: 'Walked {first} through the new reporting dashboard' },
];

export const CHECK_INS: readonly string[] = [
  'Check-in call with {first}: all well, a busy month',
  'Called {first} to say thank you for the referral',
  'Called {first} about renewing for another year',
];

export const NOTES: readonly string[] = [
  '{first} prefers calls before 10am',
  'Busy season is November to December: keep meetings short then',
  '{first} mentioned their daughter starts university in September: ask how it went',
  '{first} would like invoices by post as well as by e-mail',
  '{first} is happy to be a reference for new clients',
];

export const TEXTS: readonly string[] = [
  'Reminder: photo shoot tomorrow at 9',
  'Proofs are in your inbox',
  'Running ten minutes late, sorry',
];

export const HARD_TIMES: readonly string[] = [
  'roadworks closed the street for two months',
  'a slow winter',
  'they lost their biggest customer',
  'an injury kept them off work',
];

export const SOURCES: readonly string[] = [
  'a referral from Anaïs Dubois',
  'our newsletter',
  'a web search',
  'the poster in the Harborline Print window',
];

const WORK_BY_TAG: Record<string, string> = {
  web: 'website',
  seo: 'search ranking work',
  social: 'social media calendar',
  newsletter: 'newsletter',
  ads: 'ad campaign',
  branding: 'brand refresh',
  print: 'print materials',
};

/** What the studio does for a client with these tags. */
export function workFor(tags: readonly string[]): string[] {
  const work = tags.flatMap((tag) => (WORK_BY_TAG[tag] ? [WORK_BY_TAG[tag]] : []));
  return work.length ? work : ['marketing'];
}

/** Replaces `{name}` placeholders; an unknown placeholder is a bug in the phrases. */
export function fillPhrase(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`no value for {${key}} in "${template}"`);
    return value;
  });
}
