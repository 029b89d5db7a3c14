import type { Channel } from '../interactions/channels.ts';
import { firstNameOf, type MergeValues } from './merge-fields.ts';
import { spellDate } from './time-frame.ts';

/**
 * Step 1, "be proactive and honest … tell them you need their help": the first message
 * to every affected client. Honest about what is going on (the client-facing message),
 * not intimate (the private detail never goes here), with a date to fix on and a way to
 * reach us.
 */
export const DEFAULT_OUTREACH_SUBJECT = '{{business.name}}: what is going on, and what it means for you';

export const DEFAULT_OUTREACH_BODY = `Dear {{client.first_name}},

We would rather you heard this from us first, so here it is, honestly:

{{message}}

When we expect things to be back to normal: {{promise}}.

We need your help. If anything is urgent or worrying you, reply to this message or ask for a call on your private page, and we will come back to you quickly. The page also shows our plan and how it is going:
{{plan_link}}

Thank you for bearing with us.

{{business.name}}`;

/** Step 4: the update that tells a client the date has moved. */
export const DEFAULT_UPDATE_SUBJECT = '{{business.name}}: a new date';

export const DEFAULT_UPDATE_BODY = `Dear {{client.first_name}},

The date we gave you has moved, and we want you to know now rather than watch it slip by. We now expect things to be back to normal by {{promise}}.

{{message}}

Our plan and how it is going are on your private page, where you can also send us your thoughts or ask for a call:
{{plan_link}}

Thank you for your patience.

{{business.name}}`;

/** What {{promise}} says before there is a date. */
export const NO_PROMISE_YET = 'we do not have a date yet, and we will tell you as soon as we do';

/** The client a message is merged for. */
export interface MergeClient {
  name: string;
  kind: 'person' | 'business';
}

/** The values of every merge field for one client. */
export function mergeValuesFor(
  client: MergeClient,
  context: { message: string; promisedOn: string | null; planLink: string; businessName: string },
): MergeValues {
  return {
    'client.name': client.name,
    'client.first_name': firstNameOf(client.name, client.kind),
    message: context.message,
    promise: context.promisedOn ? spellDate(context.promisedOn) : NO_PROMISE_YET,
    plan_link: context.planLink,
    'business.name': context.businessName,
  };
}

/** Mail when we have an address; otherwise somebody calls. The team can change it per client. */
export function outreachChannelFor(email: string | null): 'email' | 'call' {
  return email ? 'email' : 'call';
}

const TASK_TITLE_MAX = 200;

/** "Tell Ada Fielding about Olive is ill", kept within a task title's 200 characters. */
export function outreachTaskTitle(clientName: string, disruptionTitle: string): string {
  const title = `Tell ${clientName} about ${disruptionTitle}`;
  return title.length <= TASK_TITLE_MAX ? title : `${title.slice(0, TASK_TITLE_MAX - 1)}…`;
}

/**
 * What the outreach task asks of whoever holds it. It never carries the client's page
 * link: only its hash is stored, and a task is read by the whole team.
 */
export function outreachTaskNotes(
  channel: Channel,
  promisedOn: string | null,
  clientMessage: string,
): string {
  const date = promisedOn ? spellDate(promisedOn) : 'no date yet — say you will tell them one';
  const how =
    channel === 'email'
      ? 'The outreach message is in the outbox. This is done when it is sent, or when you log an outbound contact.'
      : 'Reach them yourself (call first). This is done when you log the outbound contact.';
  return `${how}\n\nTell them, honestly: ${clientMessage}\n\nThe date to give them: ${date}.`;
}
