/**
 * The vocabulary behind the vague-report rules (`report-rules.ts`). Lists, not regular
 * expressions, so a person can read what counts and add a word without breaking a rule.
 * Every entry is lower case, with straight apostrophes.
 */

/**
 * Things a person does for a client, as base forms. A report's word matches when it is one
 * of these or an inflection of one (called, emailing, schedules) or a listed irregular form.
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  (
    'agree answer apologise apologize arrange ask attend book bring build buy call cancel chase check ' +
    'clean collect complete confirm contact correct credit deliver demo discuss draft drop edit email ' +
    'escalate explain file fill finish fix follow give go help hold host inspect install interview ' +
    'introduce invoice leave mail meet message migrate negotiate offer order organise organize pay ' +
    'phone plan post prepare present print process propose publish quote raise reach rebook recommend ' +
    'record refund remind renew repair replace reply request reschedule research resolve respond restore ' +
    'return review revise ring run schedule see send set settle share ship show sign speak submit talk ' +
    'tell test text train transfer update upload visit wait walk write'
  ).split(' '),
);

/** Past forms that suffix stripping cannot reach, mapped to their base form. */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  bought: 'buy',
  brought: 'bring',
  built: 'build',
  gave: 'give',
  gone: 'go',
  held: 'hold',
  saw: 'see',
  seen: 'see',
  went: 'go',
  given: 'give',
  left: 'leave',
  met: 'meet',
  paid: 'pay',
  rang: 'ring',
  rung: 'ring',
  ran: 'run',
  sent: 'send',
  shown: 'show',
  spoke: 'speak',
  spoken: 'speak',
  told: 'tell',
  wrote: 'write',
  written: 'write',
};

/**
 * Reassurance that says nothing by itself: "Everything's fine", "All good". These words
 * never count towards a report's substance, so adding them can never make a report pass.
 * Longer phrases come first so "all good" is taken whole before "good".
 */
export const REASSURANCE_PHRASES: readonly string[] = [
  'everything is going well',
  'everything went well',
  'everything under control',
  'business as usual',
  'nothing to report',
  'nothing to add',
  'nothing much',
  'nothing new',
  'nothing special',
  'no news',
  'no issues',
  'no issue',
  'no problems',
  'no problem',
  'no worries',
  'no concerns',
  'no complaints',
  'no change',
  'no changes',
  'all taken care of',
  'taken care of',
  'under control',
  'dealt with it',
  'dealt with',
  'handled it',
  'sorted it',
  'sorted out',
  'all is well',
  "all's well",
  "everything's fine",
  'everything is fine',
  'everythings fine',
  "it's fine",
  'it is fine',
  'its fine',
  "it's all good",
  'all fine',
  'all good',
  'all ok',
  'all okay',
  'all well',
  'all sorted',
  'all done',
  'all set',
  'all handled',
  'all great',
  'all right',
  'alright',
  'going well',
  'going fine',
  'going great',
  'went well',
  'went fine',
  'went great',
  'on track',
  'as usual',
  'as normal',
  'as expected',
  'same as usual',
  'same as before',
  'seems happy',
  'seemed happy',
  'everything',
  'fine',
  'good',
  'great',
  'ok',
  'okay',
  'happy',
  'sorted',
  'handled',
  'done',
  'nothing',
  'none',
  'n/a',
  'tbd',
  'na',
];

/** Words that place a next step in time: days, months, parts of the day, "by", "next". */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu ' +
    'thur thurs fri sat sun morning afternoon evening week weekend fortnight month january february march ' +
    'april june july august september october november december jan feb mar apr jun jul aug sep sept oct ' +
    'nov dec eod eow asap'
  ).split(' '),
);
